namespace HookSync.Core.Reporting;

/// <summary>A task's state, Argo CD's "hook phase" (also recorded for resources).</summary>
public enum TaskState
{
    Running,
    Succeeded,
    Failed,
    Error,
}
