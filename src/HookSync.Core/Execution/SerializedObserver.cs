using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>Applies in parallel and log followers publish from several threads; reporters see one event at a time.</summary>
internal sealed class SerializedObserver(ISyncObserver inner) : ISyncObserver
{
    private readonly Lock _gate = new();

    public void OnEvent(SyncEvent syncEvent)
    {
        lock (_gate)
        {
            inner.OnEvent(syncEvent);
        }
    }
}
