namespace HookSync.Core.Reporting;

/// <summary>The overall result of a run (contract §3, §5).</summary>
public enum SyncResult
{
    Succeeded,
    Failed,
    Error,
    TimedOut,
    Cancelled,
}
