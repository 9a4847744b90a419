using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>What the parts of one run share: the plan, options, ports, clock and the task ledger.</summary>
internal sealed class RunContext
{
    public RunContext(SyncPlan plan, SyncOptions options, IClusterClient cluster, ISyncObserver observer, TimeProvider time, HealthAssessor health, ExecutionProbe probe)
    {
        Plan = plan;
        Options = options;
        Cluster = cluster;
        Observer = observer;
        Time = time;
        Health = health;
        Probe = probe;
        StartedAt = time.GetUtcNow();
        Ledger = new TaskLedger(plan, time, StartedAt, observer);
    }

    public SyncPlan Plan { get; }
    public SyncOptions Options { get; }
    public IClusterClient Cluster { get; }
    public ISyncObserver Observer { get; }
    public TimeProvider Time { get; }
    public HealthAssessor Health { get; }
    public DateTimeOffset StartedAt { get; }

    /// <summary>Every wait of every strand of the run parks on it.</summary>
    public ExecutionProbe Probe { get; }

    /// <summary>The task records; the only writer of them.</summary>
    public TaskLedger Ledger { get; }

    public IReadOnlyList<TaskRecord> Records => Ledger.Records;

    public DateTimeOffset Now => Time.GetUtcNow();

    public TimeSpan Elapsed => Now - StartedAt;

    public void Publish(SyncEvent syncEvent) => Observer.OnEvent(syncEvent);
}
