using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Tests.Kit;

/// <summary>Builds plan tasks and their report rows by hand.</summary>
internal static class Tasks
{
    public static SyncTask Hook(SyncPhase phase, string name, int wave = 0, string file = "deploy/hooks.yaml", int line = 1, string kind = "Job") =>
        new(phase, wave, Object(kind, name, "default"), new SourceLocation(file, line),
            new HookSpec(ObjectRole.Hook, [phase], [HookDeletePolicy.BeforeHookCreation], wave, null), SkipDryRun: false);

    public static SyncTask Resource(string kind, string name, int wave = 0, string file = "deploy/app.yaml", int line = 1) =>
        new(SyncPhase.Sync, wave, Object(kind, name, "default"), new SourceLocation(file, line),
            new HookSpec(ObjectRole.Resource, [SyncPhase.Sync], [], wave, null), SkipDryRun: false);

    public static KubeObject Object(string kind, string name, string ns)
    {
        var apiVersion = kind switch
        {
            "Job" => "batch/v1",
            "Deployment" => "apps/v1",
            _ => "v1",
        };
        return KubeObject.Parse($$$"""{"apiVersion":"{{{apiVersion}}}","kind":"{{{kind}}}","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"}}""");
    }

    /// <summary>A report row for a task that ran; pass a state of null and order of null for a task never started.</summary>
    public static TaskReport Row(
        SyncTask task,
        OperationPhase? state,
        string? message = null,
        int? order = 1,
        TaskAction? action = TaskAction.Created,
        IReadOnlyList<string>? log = null,
        DateTimeOffset? startedAt = null,
        double seconds = 1.5)
    {
        var start = startedAt ?? new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var ran = order is not null;
        return new TaskReport(
            order, task.Phase, task.Wave, task.Object.Group, task.Object.Version, task.Object.Kind, task.Object.Namespace, task.Object.Name,
            task.IsHook, task.DeletePolicies, ran ? action : null,
            ran ? (state is OperationPhase.Failed or OperationPhase.Error && action == TaskAction.Failed ? Core.Reporting.ResultCode.SyncFailed : Core.Reporting.ResultCode.Synced) : null,
            state, message, Deleted: false, task.Source,
            ran ? start : null, ran ? start.AddSeconds(seconds) : null)
        {
            LogTail = log ?? [],
        };
    }
}
