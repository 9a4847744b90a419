using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// Contract D-3: the run timeout, per-hook timeouts (annotation, else <c>--hook-timeout</c>) and the SyncFail bound.
/// Decides only, from the clock reading it is given; the step loop carries out what it returns.
/// </summary>
internal sealed class Timeouts(SyncOptions options, DateTimeOffset startedAt, IReadOnlyList<TaskRecord> records)
{
    private DateTimeOffset? _syncFailDeadline;
    private bool _syncFailTerminated;

    private DateTimeOffset RunDeadline => startedAt + options.Timeout;

    public void StartSyncFail(DateTimeOffset now) => _syncFailDeadline ??= now + options.SyncFailTimeout;

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

    /// <summary>Checks every timeout; null when none fired, else which hooks to terminate (D9) and the TimedOut outcome.</summary>
    public TimeoutVerdict? Check(DateTimeOffset now, SyncPhase? currentPhase, bool syncFailStarted, bool terminating)
    {
        if (syncFailStarted || terminating)
        {
            if (_syncFailDeadline is { } bound && now >= bound && !_syncFailTerminated)
            {
                _syncFailTerminated = true;
                var timedOut = $"timed out after {DurationText.Format(options.SyncFailTimeout)}";
                var running = records.Where(r => r.Task.Phase == SyncPhase.SyncFail && r.State == OperationPhase.Running && r.Task.IsHook).ToList();
                return new TimeoutVerdict(running, _ => timedOut, null);
            }
            return null;
        }
        string? message = null;
        TaskRecord? expired = null;
        if (now >= RunDeadline)
        {
            message = $"operation timed out after {DurationText.Format(options.Timeout)}";
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
        var outcome = new SyncOutcome(SyncResult.TimedOut, message, expired?.Task.Phase ?? currentPhase);
        return new TimeoutVerdict(RunningHooks().ToList(), r => r == expired ? ownMessage! : "Terminated", outcome);
    }

    private IEnumerable<TaskRecord> RunningHooks() =>
        records.Where(r => r.Task.IsHook && r.Task.Phase != SyncPhase.SyncFail && r.State == OperationPhase.Running && !r.Deleted);

    private TimeSpan? HookTimeout(TaskRecord record) => record.Task.Spec.HookTimeout ?? options.HookTimeout;

    private DateTimeOffset? HookDeadline(TaskRecord record) =>
        record.CreatedAt is { } created && HookTimeout(record) is { } timeout ? created + timeout : null;
}
