using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>D-3: the run timeout, per-hook timeouts (annotation, else <c>--hook-timeout</c>) and the SyncFail bound.</summary>
internal sealed class Timeouts(RunContext context, TerminationHandler terminator)
{
    private DateTimeOffset? _syncFailDeadline;
    private bool _syncFailTerminated;

    private DateTimeOffset RunDeadline => context.StartedAt + context.Options.Timeout;

    public void StartSyncFail() => _syncFailDeadline ??= context.Now + context.Options.SyncFailTimeout;

    /// <summary>The next moment a timeout can fire, so waits wake up in time.</summary>
    public DateTimeOffset? NextDeadline(bool syncFailStarted, bool terminating)
    {
        if (syncFailStarted || terminating)
        {
            return _syncFailTerminated ? null : _syncFailDeadline;
        }
        var hookDeadlines = RunningHooks().Select(HookDeadline).OfType<DateTimeOffset>();
        return hookDeadlines.Append(RunDeadline).Min();
    }

    /// <summary>Checks every timeout; on the run or a hook timeout, terminates running hooks (D9) and returns the TimedOut outcome.</summary>
    public async Task<SyncOutcome?> CheckAsync(SyncPhase? currentPhase, bool syncFailStarted, bool terminating, CancellationToken cancellationToken)
    {
        var now = context.Now;
        if (syncFailStarted || terminating)
        {
            if (_syncFailDeadline is { } bound && now >= bound && !_syncFailTerminated)
            {
                _syncFailTerminated = true;
                var timedOut = $"timed out after {DurationText.Format(context.Options.SyncFailTimeout)}";
                var running = context.Records.Where(r => r.Task.Phase == SyncPhase.SyncFail && r.State == OperationPhase.Running && r.Task.IsHook).ToList();
                await terminator.TerminateAsync(running, _ => timedOut, cancellationToken).ConfigureAwait(false);
            }
            return null;
        }
        string? message = null;
        TaskRecord? expired = null;
        if (now >= RunDeadline)
        {
            message = $"operation timed out after {DurationText.Format(context.Options.Timeout)}";
        }
        else
        {
            expired = RunningHooks().FirstOrDefault(r => HookDeadline(r) is { } d && now >= d);
            if (expired is null)
            {
                return null;
            }
            message = $"hook {expired.Task.Object.Kind}/{expired.Task.Object.Name} timed out after {DurationText.Format(HookTimeout(expired)!.Value)}";
        }
        var ownMessage = expired is null ? null : $"timed out after {DurationText.Format(HookTimeout(expired)!.Value)}";
        await terminator.TerminateAsync(RunningHooks().ToList(), r => r == expired ? ownMessage! : "Terminated", cancellationToken).ConfigureAwait(false);
        return new SyncOutcome(SyncResult.TimedOut, message, expired?.Task.Phase ?? currentPhase, ExitCodes.TimedOut);
    }

    private IEnumerable<TaskRecord> RunningHooks() =>
        context.Records.Where(r => r.Task.IsHook && r.Task.Phase != SyncPhase.SyncFail && r.State == OperationPhase.Running && !r.Deleted);

    private TimeSpan? HookTimeout(TaskRecord record) => record.Task.Spec.HookTimeout ?? context.Options.HookTimeout;

    private DateTimeOffset? HookDeadline(TaskRecord record) =>
        record.CreatedAt is { } created && HookTimeout(record) is { } timeout ? created + timeout : null;
}
