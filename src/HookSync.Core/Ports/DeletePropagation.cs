namespace HookSync.Core.Ports;

/// <summary>Kubernetes delete propagation policies.</summary>
public enum DeletePropagation
{
    Foreground,
    Background,
    Orphan,
}
