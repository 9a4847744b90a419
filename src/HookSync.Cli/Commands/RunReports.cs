using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Cli.Commands;

/// <summary>Reports for runs that end before the engine starts: invalid manifests, configuration or environment errors, a held lock, an early cancellation.</summary>
internal static class RunReports
{
    public static SyncReport Failed(SyncPlan plan, DateTimeOffset startedAt, DateTimeOffset finishedAt, EndReason reason, string message) =>
        Build(plan, plan.Context.Revision, SyncResult.Failed, startedAt, finishedAt, reason, message);

    public static SyncReport Error(SyncPlan? plan, string revision, DateTimeOffset startedAt, DateTimeOffset finishedAt, EndReason reason, string message) =>
        Build(plan, plan?.Context.Revision ?? revision, SyncResult.Error, startedAt, finishedAt, reason, message);

    /// <summary>CI cancelled the run before the engine started: nothing was applied.</summary>
    public static SyncReport Cancelled(SyncPlan? plan, string revision, DateTimeOffset startedAt, DateTimeOffset finishedAt, EndReason reason) =>
        Build(plan, plan?.Context.Revision ?? revision, SyncResult.Cancelled, startedAt, finishedAt, reason,
            "the run was cancelled before anything was applied");

    private static SyncReport Build(SyncPlan? plan, string revision, SyncResult result, DateTimeOffset startedAt, DateTimeOffset finishedAt,
        EndReason reason, string message)
    {
        var tasks = plan?.Tasks ?? [];
        return new SyncReport(
            result, reason, message, FailedPhase: null, revision, startedAt, finishedAt,
            PlanReports.PhasesBeforeRun(tasks),
            tasks.Select(PlanReports.Task).ToList(),
            plan?.Diagnostics ?? []);
    }
}
