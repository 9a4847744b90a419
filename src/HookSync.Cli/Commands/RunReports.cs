using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Cli.Commands;

/// <summary>Reports for runs that end before the engine starts: invalid manifests (3), configuration (2) or environment (4) errors.</summary>
internal static class RunReports
{
    public static SyncReport Failed(SyncPlan plan, DateTimeOffset startedAt, DateTimeOffset finishedAt, int exitCode, string message) =>
        Build(plan, plan.Context.Revision, SyncResult.Failed, startedAt, finishedAt, exitCode, message);

    public static SyncReport Error(SyncPlan? plan, string revision, DateTimeOffset startedAt, DateTimeOffset finishedAt, int exitCode, string message) =>
        Build(plan, plan?.Context.Revision ?? revision, SyncResult.Error, startedAt, finishedAt, exitCode, message);

    private static SyncReport Build(SyncPlan? plan, string revision, SyncResult result, DateTimeOffset startedAt, DateTimeOffset finishedAt,
        int exitCode, string message)
    {
        var tasks = plan?.Tasks ?? [];
        return new SyncReport(
            result, exitCode, message, FailedPhase: null, revision, startedAt, finishedAt,
            PlanReports.PhasesBeforeRun(tasks),
            tasks.Select(PlanReports.Task).ToList(),
            plan?.Diagnostics ?? []);
    }
}
