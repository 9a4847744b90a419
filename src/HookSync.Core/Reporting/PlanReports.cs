using HookSync.Core.Hooks;
using HookSync.Core.Planning;

namespace HookSync.Core.Reporting;

/// <summary>Builds the report shape of a plan (README Reports, without run fields).</summary>
public static class PlanReports
{
    public static SyncReport From(SyncPlan plan) => new(
        Result: null,
        Reason: plan.HasErrors ? EndReason.InvalidManifests : EndReason.None,
        Message: plan.HasErrors ? "the manifests have errors; nothing would be applied" : $"{plan.Tasks.Count} tasks planned",
        FailedPhase: null,
        Revision: plan.Context.Revision,
        StartedAt: null,
        FinishedAt: null,
        Phases: PhasesBeforeRun(plan.Tasks),
        Tasks: plan.Tasks.Select(Task).ToList(),
        Diagnostics: plan.Diagnostics);

    /// <summary>Each phase as it stands before anything ran: NotRun when it has tasks, else Empty.</summary>
    public static IReadOnlyDictionary<SyncPhase, PhaseResult> PhasesBeforeRun(IReadOnlyList<SyncTask> tasks) =>
        Enum.GetValues<SyncPhase>().ToDictionary(p => p, p => tasks.Any(t => t.Phase == p) ? PhaseResult.NotRun : PhaseResult.Empty);

    /// <summary>A task as it stands before it runs.</summary>
    public static TaskReport Task(SyncTask task) => new(
        Order: null,
        Phase: task.Phase,
        Wave: task.Wave,
        Group: task.Object.Group,
        Version: task.Object.Version,
        Kind: task.Object.Kind,
        Namespace: task.Object.Namespace,
        Name: task.Object.Name,
        Hook: task.IsHook,
        DeletePolicies: task.IsHook ? task.DeletePolicies : [],
        Action: null,
        Status: null,
        State: null,
        Message: null,
        Deleted: false,
        Source: task.Source,
        StartedAt: null,
        FinishedAt: null);
}
