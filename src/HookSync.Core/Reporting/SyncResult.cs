namespace HookSync.Core.Reporting;

/// <summary>The overall result of a run (README Exit codes and Reports).</summary>
public enum SyncResult
{
    Succeeded,
    Failed,
    Error,
    TimedOut,
    Cancelled,
}
