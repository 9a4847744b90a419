using HookSync.Core.Execution;
using HookSync.Core.Ports;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Keeps every sync event of a run, for assertions.</summary>
internal sealed class EventRecorder : ISyncObserver
{
    private readonly List<SyncEvent> _events = [];

    public IReadOnlyList<SyncEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void OnEvent(SyncEvent syncEvent)
    {
        lock (_events)
        {
            _events.Add(syncEvent);
        }
    }
}
