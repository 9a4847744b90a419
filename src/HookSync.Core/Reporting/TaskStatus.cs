namespace HookSync.Core.Reporting;

/// <summary>A task's result code: whether its apply went through.</summary>
public enum TaskStatus
{
    Synced,
    SyncFailed,
}
