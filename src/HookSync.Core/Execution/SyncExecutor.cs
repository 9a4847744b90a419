using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>Runs a <see cref="SyncPlan"/> against a cluster with Argo CD hook semantics and HookSync's differences (docs/sync-semantics.md); always returns a report.</summary>
public sealed class SyncExecutor
{
    private readonly IClusterClient _cluster;
    private readonly ISyncObserver _observer;
    private readonly TimeProvider _time;
    private readonly HealthAssessor _health;
    private readonly ExecutionProbe _probe;

    public SyncExecutor(IClusterClient cluster, ISyncObserver observer, TimeProvider time, HealthAssessor health)
        : this(cluster, observer, time, health, new ExecutionProbe())
    {
    }

    /// <summary>With a probe the caller watches: tests on a fake clock advance it only while the run is idle.</summary>
    public SyncExecutor(IClusterClient cluster, ISyncObserver observer, TimeProvider time, HealthAssessor health, ExecutionProbe probe)
    {
        _cluster = cluster;
        _observer = observer;
        _time = time;
        _health = health;
        _probe = probe;
    }

    /// <summary>
    /// Validates, dry-runs, then applies the plan phase by phase and wave by wave. Failures of single objects become task
    /// results; environment failures (unreachable, unauthorized, server errors after retries) end the run with Result Error before
    /// anything was applied, and fail the running phase (with SyncFail hooks started) after;
    /// <paramref name="cancellationToken"/> is CI cancellation (D-4): Result Cancelled within seconds.
    /// </summary>
    public async Task<SyncReport> RunAsync(SyncPlan plan, SyncOptions options, CancellationToken cancellationToken)
    {
        // This call is a strand of work until it returns (see ExecutionProbe).
        _probe.Started();
        try
        {
            return await RunAsync(new RunContext(plan, options, _cluster, new SerializedObserver(_observer), _time, _health, _probe), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _probe.Ended();
        }
    }

    private static async Task<SyncReport> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = new ObjectWatcher(context, lifetime.Token);
        var logs = new HookLogFollower(context, lifetime.Token);
        var waves = new WaveRunner(context, watcher, logs, new CrdEstablishment(context));
        SyncOutcome outcome;
        try
        {
            outcome = await RunPhasesAsync(context, watcher, waves, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = await new CancellationHandler(context, waves).CancelAsync().ConfigureAwait(false);
        }
        catch (ClusterException ex) when (ex.IsEnvironmentFailure)
        {
            outcome = await new EnvironmentFailureHandler(context, waves).FailAsync(ex).ConfigureAwait(false);
        }
        finally
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
            await logs.DisposeAsync().ConfigureAwait(false);
            await watcher.DisposeAsync().ConfigureAwait(false);
        }
        await DiagnoseAsync(context, outcome, logs.TailOf).ConfigureAwait(false);
        return ReportBuilder.Build(context, outcome, logs.TailOf);
    }

    /// <summary>Names the cause of every task that failed or was still running at a timeout (Diagnosis); bounded, best effort.</summary>
    private static async Task DiagnoseAsync(RunContext context, SyncOutcome outcome, Func<TaskRecord, IReadOnlyList<string>> logTailOf)
    {
        if (outcome.Result is not (SyncResult.Failed or SyncResult.TimedOut) || outcome.Reason is not EndReason.None)
        {
            return;
        }
        using var bound = new CancellationTokenSource(DiagnosisBudget, context.Time);
        var collector = new CauseCollector(context.Cluster);
        foreach (var record in context.Records.Where(r => CauseCollector.Needs(r, outcome.Result)))
        {
            try
            {
                if (await collector.DiagnoseAsync(record, logTailOf(record), bound.Token).ConfigureAwait(false) is { } cause)
                {
                    context.Ledger.Apply(record, TaskRules.Diagnosed(cause));
                }
            }
            catch (OperationCanceledException) when (bound.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>How long the diagnosis of a failed run may read the cluster.</summary>
    private static readonly TimeSpan DiagnosisBudget = TimeSpan.FromSeconds(30);

    private static async Task<SyncOutcome> RunPhasesAsync(RunContext context, ObjectWatcher watcher, WaveRunner waves, CancellationToken cancellationToken)
    {
        // A plan with errors (invalid manifests) is never applied.
        if (context.Plan.HasErrors)
        {
            var errors = context.Plan.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Select(d => d.Message);
            return new SyncOutcome(SyncResult.Failed, OperationMessages.Invalid(errors), null, EndReason.InvalidManifests);
        }
        // Prunes that must not delete are decided by the plan (PruneSkipReason); they are reported at once.
        foreach (var record in context.Records.Where(r => r.Task.IsPrune && r.Task.PruneSkipReason is not null))
        {
            context.Ledger.Apply(record, TaskRules.PruneSkipped(record.Task.PruneSkipReason!));
        }
        // S1: validation first; nothing is applied and SyncFail does not run when it fails.
        if (!await new TaskValidator(context.Cluster, context.Ledger).ValidateAsync(cancellationToken).ConfigureAwait(false))
        {
            var messages = context.Records.Where(r => r.Status == ResultCode.SyncFailed).Select(r => r.Message ?? string.Empty);
            return new SyncOutcome(SyncResult.Failed, OperationMessages.Invalid(messages), null, EndReason.InvalidManifests);
        }
        // S2b/c, D-8: server-side dry-run of every task.
        if (!await new DryRunner(context).DryRunAsync(context.Options.DryRun, cancellationToken).ConfigureAwait(false))
        {
            return new SyncOutcome(SyncResult.Failed, OperationMessages.DryRunFailed, null, EndReason.InvalidManifests);
        }
        if (context.Options.DryRun)
        {
            return SyncOutcome.Succeeded(OperationMessages.DryRunSucceeded);
        }
        context.Publish(new SyncNote(context.Elapsed, "server-side dry-run passed"));
        var deleter = new HookDeleter(context, watcher);
        return await new StepLoop(context, watcher, waves, deleter, new TerminationHandler(context.Cluster, context.Ledger, context.Health, deleter)).RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
