using HookSync.Core.Execution;
using HookSync.Core.Ports;

namespace HookSync.Benchmarks;

/// <summary>Counts the engine's events and prints nothing, so console output does not weigh on the sync timings.</summary>
internal sealed class NullSyncObserver : ISyncObserver
{
    private int _events;

    public int Events => _events;

    public void OnEvent(SyncEvent syncEvent) => Interlocked.Increment(ref _events);
}
