using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Cli.Commands;

/// <summary>Reports for runs that end before the engine starts: invalid manifests, configuration or environment errors.</summary>
internal static class RunReports
{
    public static SyncReport Failed(SyncPlan plan, DateTimeOffset startedAt, DateTimeOffset finishedAt, EndReason reason, string message) =>
        Build(plan, plan.Context.Revision, SyncResult.Failed, startedAt, finishedAt, reason, message);

    public static SyncReport Error(SyncPlan? plan, string revision, DateTimeOffset startedAt, DateTimeOffset finishedAt, EndReason reason, string message) =>
        Build(plan, plan?.Context.Revision ?? revision, SyncResult.Error, startedAt, finishedAt, reason, message);

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
