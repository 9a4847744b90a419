using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>What every part of one run shares: the plan, options, ports, clock and the task records.</summary>
internal sealed class RunContext
{
    private int _nextOrder;

    public RunContext(SyncPlan plan, SyncOptions options, IClusterClient cluster, ISyncObserver observer, TimeProvider time, HealthAssessor health)
    {
        Plan = plan;
        Options = options;
        Cluster = cluster;
        Observer = observer;
        Time = time;
        Health = health;
        StartedAt = time.GetUtcNow();
        Records = plan.Tasks.Select((t, i) => new TaskRecord(t, i)).ToList();
    }

    public SyncPlan Plan { get; }
    public SyncOptions Options { get; }
    public IClusterClient Cluster { get; }
    public ISyncObserver Observer { get; }
    public TimeProvider Time { get; }
    public HealthAssessor Health { get; }
    public DateTimeOffset StartedAt { get; }
    public IReadOnlyList<TaskRecord> Records { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public TimeSpan Elapsed => Now - StartedAt;

    public TaskRecord RecordOf(SyncTask task) => Records.First(r => ReferenceEquals(r.Task, task) || r.Task == task);

    public void Publish(SyncEvent syncEvent) => Observer.OnEvent(syncEvent);

    /// <summary>Marks the first action on a task: its 1-based order and start time (README Reports).</summary>
    public void MarkStarted(TaskRecord record)
    {
        if (record.Order is null)
        {
            record.Order = Interlocked.Increment(ref _nextOrder);
            record.StartedAt = Now;
        }
    }

    /// <summary>Moves a task to a state, keeping the message rule R4, and reports the change.</summary>
    public void Transition(TaskRecord record, OperationPhase state, string? message)
    {
        var changed = record.State != state;
        record.State = state;
        record.SetMessage(message);
        if (state != OperationPhase.Running && record.FinishedAt is null)
        {
            record.FinishedAt = Now;
        }
        if (changed)
        {
            Publish(new TaskStateChanged(Elapsed, record.Task, state, record.Message ?? string.Empty));
        }
    }

    public IReadOnlyList<TaskSnapshot> Snapshots() => Records.Select(r => r.Snapshot()).ToList();
}
