namespace HookSync.Core.Reporting;

/// <summary>What HookSync did to a task's object, in kubectl's words.</summary>
public enum TaskAction
{
    Created,
    Configured,
    Unchanged,
    Skipped,
    Failed,
    Pruned,
}
