
namespace HookSync.Core.Ports;

/// <summary>Receives sync events as they happen. Core never prints; reporters do (kapp's UI port).</summary>
public interface ISyncObserver
{
    void OnEvent(SyncEvent syncEvent);
}
