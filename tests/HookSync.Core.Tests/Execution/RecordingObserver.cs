using HookSync.Core.Execution;
using HookSync.Core.Ports;

namespace HookSync.Core.Tests.Execution;

/// <summary>Keeps every sync event, for assertions.</summary>
internal sealed class RecordingObserver : ISyncObserver
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

    public IReadOnlyList<string> WaitingMessages => Events.OfType<Waiting>().Select(w => w.Message).ToList();

    public void OnEvent(SyncEvent syncEvent)
    {
        lock (_events)
        {
            _events.Add(syncEvent);
        }
    }
}
