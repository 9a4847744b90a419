using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>kubectl-style apply messages (<c>pod/hook created</c>) and the report's action words.</summary>
internal static class ApplyText
{
    // kubectl (and so Argo CD) names the type as kind.group, the core group without a suffix:
    // "pod/hook created", "job.batch/migrate created", "deployment.apps/web configured".
    public static string Describe(KubeObject obj, ApplyAction action) =>
        obj.Group.Length == 0
            ? $"{obj.Kind.ToLowerInvariant()}/{obj.Name} {Verb(action)}"
            : $"{obj.Kind.ToLowerInvariant()}.{obj.Group}/{obj.Name} {Verb(action)}";

    public static string Verb(ApplyAction action) => action switch
    {
        ApplyAction.Created => "created",
        ApplyAction.Configured => "configured",
        _ => "unchanged",
    };

    public static TaskAction ToTaskAction(ApplyAction action) => action switch
    {
        ApplyAction.Created => TaskAction.Created,
        ApplyAction.Configured => TaskAction.Configured,
        _ => TaskAction.Unchanged,
    };
}
