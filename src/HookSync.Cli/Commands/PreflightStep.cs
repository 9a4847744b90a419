using HookSync.Cli.Cluster;
using HookSync.Core.Diagnostics;
using HookSync.Core.Permissions;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Cli.Commands;

/// <summary>
/// The permissions preflight of <c>sync</c> (README "Permissions preflight"): after planning, before the lock and the first write.
/// Missing rights end the run with one error listing them all (exit 4, nothing applied).
/// </summary>
internal static class PreflightStep
{
    /// <summary>
    /// Needs of features that act beyond the plan's tasks, added to the review: the inventory ConfigMap (read before, written
    /// after a real run). What a prune deletes is known only once the inventory is read, under the lock; a refused delete
    /// then fails the Sync phase with the server's 403 (docs/sync-semantics.md#prune).
    /// </summary>
    public static IReadOnlyList<PermissionNeed> ExtraNeeds(SyncPlan plan, SyncRequest request)
    {
        if (request.Inventory is not { } inventory)
        {
            return [];
        }
        var ns = inventory.Namespace ?? plan.Context.DefaultNamespace;
        string[] verbs = request.Run.DryRun ? ["get"] : ["get", "create", "update"];
        return [.. verbs.Select(verb => new PermissionNeed(verb, string.Empty, "configmaps", null, ns))];
    }

    /// <summary>Null when the run may go on; otherwise the report that ends it.</summary>
    public static async Task<SyncReport?> RunAsync(SyncPlan plan, SyncRequest request, ClusterSession cluster, IRunReporter reporter,
        HookSyncDependencies deps, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        if (request.SkipPreflight)
        {
            return null;
        }
        var scope = new PermissionScope(request.Run.DryRun, request.Lock is { } wanted ? wanted.Namespace ?? plan.Context.DefaultNamespace : null,
            ExtraNeeds(plan, request));
        PreflightResult result;
        try
        {
            result = await PermissionPreflight.CheckAsync(cluster.Client, plan, scope, cancellationToken);
        }
        catch (ClusterException e) when (e.Kind is ClusterFailureKind.NotFound or ClusterFailureKind.NotServed or ClusterFailureKind.Forbidden)
        {
            // A server without the authorization API (or one refusing reviews) cannot be asked; the sync finds out by doing.
            reporter.ReportDiagnostics([Diagnostic.Warning(DiagnosticCodes.PreflightUnavailable,
                $"the permissions preflight could not ask the cluster (SelfSubjectAccessReview): {e.Message}; continuing without it", null)]);
            return null;
        }
        if (result.Checked > 0)
        {
            reporter.OnEvent(new SyncNote(deps.Time.GetUtcNow() - startedAt,
                $"permissions preflight: {result.Checked} rights checked, {result.Missing.Count} missing"));
        }
        if (result.Passed)
        {
            return null;
        }
        var error = Diagnostic.Error(DiagnosticCodes.PermissionsMissing, result.Message(), null);
        reporter.ReportDiagnostics([error]);
        var report = RunReports.Error(plan, plan.Context.Revision, startedAt, deps.Time.GetUtcNow(), EndReason.EnvironmentFailure, result.Message());
        return report with { Diagnostics = [.. report.Diagnostics, error] };
    }
}
