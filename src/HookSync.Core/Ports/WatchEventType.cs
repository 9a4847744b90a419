namespace HookSync.Core.Ports;

/// <summary>Kubernetes watch event types.</summary>
public enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
}
