using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>The imperative shell around <see cref="SyncStateMachine"/>: observe, decide, act, wait — until an outcome.</summary>
internal sealed class StepLoop(RunContext context, ObjectWatcher watcher, WaveRunner waves, HookDeleter deleter, TerminationHandler terminator)
{
    private readonly PhaseTracker _phases = new(context);
    private readonly Timeouts _timeouts = new(context.Options, context.StartedAt, context.Records);
    private readonly StuckDetector _stuck = new(context);
    // The live version each running task's health was last assessed from. Health is a function of the object alone, so
    // an unchanged version needs no second look: without this, every wake-up re-assessed every running task, and a wave
    // of thousands of Deployments spent its time re-reading objects that had not changed (docs/benchmarks.md).
    private readonly Dictionary<TaskRecord, KubeObject> _assessed = new(ReferenceEqualityComparer.Instance);
    private DateTimeOffset _lastResync = context.Now;
    private string? _lastWaiting;
    private DateTimeOffset _lastWaitingAt;
    private WaveRun? _lastRun;
    private bool _syncFailStarted;
    private SyncOutcome? _termination;

    public async Task<SyncOutcome> RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await ObserveAsync(cancellationToken).ConfigureAwait(false);
            if (_timeouts.Check(context.Now, _phases.Current, _syncFailStarted, _termination is not null) is { } timedOut)
            {
                await terminator.TerminateAsync(timedOut.Hooks, timedOut.MessageFor, cancellationToken).ConfigureAwait(false);
                _termination ??= timedOut.Outcome;
            }
            var state = new SyncState(context.Ledger.Snapshots(), context.Plan.IsMultiStep, context.Options.Wait, _lastRun, _syncFailStarted, _termination);
            _lastRun = null;
            var decision = SyncStateMachine.Decide(state);
            foreach (var action in decision.Actions)
            {
                await PerformAsync(action, cancellationToken).ConfigureAwait(false);
            }
            if (decision.Outcome is { } outcome)
            {
                _phases.Finish(outcome);
                return outcome;
            }
        }
    }

    private async Task PerformAsync(ClusterAction action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case DeleteHooksAction delete:
                await deleter.DeleteAsync(delete.Tasks, delete.Reason, cancellationToken).ConfigureAwait(false);
                break;
            case RunSyncFailAction syncFail:
                _syncFailStarted = true;
                _timeouts.StartSyncFail(context.Now);
                _phases.Enter(SyncPhase.SyncFail);
                await waves.RunAsync(syncFail.Tasks, cancellationToken).ConfigureAwait(false);
                break;
            case ApplyWaveAction wave:
                _phases.Enter(wave.Phase);
                context.Publish(new WaveStarted(context.Elapsed, wave.Phase, wave.Wave, wave.Tasks.Count));
                var result = await waves.RunAsync(wave.Tasks, cancellationToken).ConfigureAwait(false);
                if (result != WaveRunResult.Pending)
                {
                    _lastRun = new WaveRun(wave.Phase, wave.Wave, result == WaveRunResult.Failed);
                }
                if (result == WaveRunResult.Succeeded && !wave.IsFinal && context.Options.WaveDelay > TimeSpan.Zero)
                {
                    // D-2: an optional pause between waves (off by default).
                    var delay = Task.Delay(context.Options.WaveDelay, context.Time, cancellationToken);
                    await context.Probe.ParkAsync(delay, context.Now + context.Options.WaveDelay).ConfigureAwait(false);
                }
                break;
            case AwaitAction wait:
                ReportWaiting(wait.Message);
                await WaitAsync(cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private void ReportWaiting(string message)
    {
        var now = context.Now;
        if (message.Length > 0 && (message != _lastWaiting || now - _lastWaitingAt >= context.Options.WaitingReportInterval))
        {
            _lastWaiting = message;
            _lastWaitingAt = now;
            context.Publish(new Waiting(context.Elapsed, message));
        }
    }

    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        var wakeAt = new[]
        {
            _lastResync + context.Options.ResyncInterval,
            _lastWaitingAt + context.Options.WaitingReportInterval,
            _timeouts.NextDeadline(_syncFailStarted, _termination is not null) ?? DateTimeOffset.MaxValue,
        }.Min();
        var delay = wakeAt - context.Now;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(delay, context.Time, wake.Token);
        await watcher.WaitAsync(timer, wakeAt, wake.Token).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task ObserveAsync(CancellationToken cancellationToken)
    {
        if (context.Now - _lastResync >= context.Options.ResyncInterval)
        {
            // Fallback re-read of every blocking object when watches stay quiet: a list per kind and namespace, not a GET each.
            _lastResync = context.Now;
            await watcher.ResyncAsync([.. context.Records.Where(r => r.IsObserved)], cancellationToken).ConfigureAwait(false);
            // D-16 fail fast: a pod that cannot get better fails its task now rather than at the timeout.
            foreach (var (record, change) in await _stuck.CheckAsync(cancellationToken).ConfigureAwait(false))
            {
                Apply(record, change);
            }
        }
        while (watcher.TryRead(out var observation))
        {
            if (watcher.IsCurrent(observation))
            {
                Apply(observation.Record, TaskRules.Observed(observation.Record, observation.Live));
            }
        }
        foreach (var record in context.Records.Where(r => r.State == OperationPhase.Running && r.Live is not null && !r.Deleted))
        {
            if (_assessed.TryGetValue(record, out var seen) && ReferenceEquals(seen, record.Live))
            {
                continue;
            }
            _assessed[record] = record.Live!;
            Apply(record, TaskRules.HealthAssessed(context.Health, record));
        }
    }

    private void Apply(TaskRecord record, TaskChange? change)
    {
        if (change is null)
        {
            return;
        }
        context.Ledger.Apply(record, change);
        if (!record.IsObserved)
        {
            watcher.Stop(record);
        }
    }
}
