namespace HookSync.Core.Ports;

/// <summary>What an apply did, in kubectl's words.</summary>
public enum ApplyAction
{
    Created,
    Configured,
    Unchanged,
}
