namespace HookSync.Core.Reporting;

/// <summary>A task's state, Argo CD's <c>OperationPhase</c> of a sync task (its "hook phase", also recorded for resources).</summary>
public enum OperationPhase
{
    Running,
    Succeeded,
    Failed,
    Error,
}
