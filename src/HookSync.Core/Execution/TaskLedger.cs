using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>
/// The task records of one run and the only code that writes them: it applies the <see cref="TaskChange"/>s that
/// <see cref="TaskRules"/> decides and reports every state change. Applies run in parallel, hence the lock.
/// </summary>
internal sealed class TaskLedger(SyncPlan plan, TimeProvider time, DateTimeOffset startedAt, ISyncObserver observer)
{
    private readonly Lock _gate = new();
    private int _nextOrder;

    public IReadOnlyList<TaskRecord> Records { get; } = plan.Tasks.Select((t, i) => new TaskRecord(t, i)).ToList();

    public TaskRecord RecordOf(SyncTask task) => Records.First(r => ReferenceEquals(r.Task, task) || r.Task == task);

    public IReadOnlyList<TaskSnapshot> Snapshots() => Records.Select(r => r.Snapshot()).ToList();

    public void Apply(TaskRecord record, TaskChange change)
    {
        TaskStateChanged? stateChanged;
        lock (_gate)
        {
            stateChanged = ApplyLocked(record, change);
        }
        // Published outside the lock: a reporter must never hold up the other applies.
        if (stateChanged is not null)
        {
            observer.OnEvent(stateChanged);
        }
    }

    private TaskStateChanged? ApplyLocked(TaskRecord record, TaskChange change)
    {
        var now = time.GetUtcNow();
        if (change.Starts && record.Order is null)
        {
            record.Order = ++_nextOrder;
            record.StartedAt = now;
        }
        if (change.OldInstanceChecked)
        {
            record.OldInstanceChecked = true;
        }
        if (change.SkipsDryRun)
        {
            record.SkipsDryRun = true;
        }
        if (change.DryRunResourceVersion is { } seen)
        {
            record.DryRunResourceVersion = seen;
        }
        if (change.AwaitingOldDeletion is { } awaiting)
        {
            record.AwaitingOldDeletion = awaiting;
        }
        if (change.Live is { } live)
        {
            record.Live = live;
        }
        if (change.Status is { } status)
        {
            record.Status = status;
        }
        if (change.Action is { } action)
        {
            record.Action = action;
        }
        if (change.Created)
        {
            record.CreatedAt = now;
        }
        if (change.Deleted)
        {
            record.Deleted = true;
        }
        if (change.Cause is { } cause)
        {
            record.Cause = cause;
        }
        if (!string.IsNullOrEmpty(change.Message))
        {
            // R4: an empty message never replaces a stored one.
            record.Message = change.Message;
        }
        if (change.State is not { } state)
        {
            return null;
        }
        var changed = record.State != state;
        record.State = state;
        if (state != Reporting.OperationPhase.Running && record.FinishedAt is null)
        {
            record.FinishedAt = now;
        }
        return changed ? new TaskStateChanged(now - startedAt, record.Task, state, record.Message ?? string.Empty) : null;
    }
}
