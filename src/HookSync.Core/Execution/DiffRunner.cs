using HookSync.Core.Diff;
using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>
/// <c>hooksync diff</c> against a cluster: per resource of the plan, a GET of the live object and a server-side dry-run
/// apply of exactly what the sync would apply (the tracking annotation included, D-11); hooks are listed, not diffed;
/// prune candidates are shown with their live object removed. Environment failures propagate (the CLI maps them to exit 4).
/// </summary>
public static class DiffRunner
{
    public const string NotDryRunNote = "not dry-run: its Namespace or CustomResourceDefinition is created by this sync (D-8); shown as written";

    /// <param name="cluster">The cluster (or the simulator).</param>
    /// <param name="plan">The plan of the manifests; it must have no errors.</param>
    /// <param name="appName">The application name of the tracking annotation.</param>
    /// <param name="forceConflicts">D-9, as the sync would apply.</param>
    /// <param name="prune">Objects the sync would prune (none unless prune is on).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<DiffReport> RunAsync(IClusterClient cluster, SyncPlan plan, string appName, bool forceConflicts,
        IReadOnlyList<PruneCandidate> prune, CancellationToken cancellationToken)
    {
        var objects = new List<ObjectDiff>();
        var hooks = new List<HookPreview>();
        foreach (var task in plan.Tasks)
        {
            if (task.IsHook)
            {
                var name = task.Object.Name.Length > 0 ? task.Object.Name : task.Object.GenerateName + "*";
                hooks.Add(new HookPreview(task.Phase, task.Wave, task.Object.Kind, task.Object.Namespace, name, task.Source));
                continue;
            }
            objects.Add(await DiffOneAsync(cluster, task, appName, forceConflicts, cancellationToken).ConfigureAwait(false));
        }
        foreach (var candidate in prune.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            objects.Add(ObjectDiffer.Compare(null, candidate.Live, candidate.Live, null,
                candidate.Source.Line > 0 ? $"will be pruned with --prune (applied from {candidate.Source} in the inventory's revision)" : "will be pruned with --prune"));
        }
        return new DiffReport(plan.Context.Revision, objects, hooks, plan.Diagnostics);
    }

    private static async Task<ObjectDiff> DiffOneAsync(IClusterClient cluster, SyncTask task, string appName, bool forceConflicts,
        CancellationToken cancellationToken)
    {
        var desired = TrackingId.Annotate(appName, task.Object);
        Model.KubeObject? live;
        try
        {
            live = await cluster.GetAsync(ObjectReference.To(desired), cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException e) when (!e.IsEnvironmentFailure && e.Kind is ClusterFailureKind.NotServed or ClusterFailureKind.NotFound)
        {
            if (task.SkipDryRun)
            {
                return ObjectDiffer.Compare(desired, null, desired, task.Source, NotDryRunNote);
            }
            return ObjectDiffer.Rejected(desired, task.Source, e.Message);
        }
        if (task.SkipDryRun && live is null)
        {
            return ObjectDiffer.Compare(desired, null, desired, task.Source, NotDryRunNote);
        }
        try
        {
            var result = await cluster.ApplyAsync(desired, new ApplyRequest(DryRun: true, Force: forceConflicts), cancellationToken).ConfigureAwait(false);
            return ObjectDiffer.Compare(result.Live, live, desired, task.Source);
        }
        catch (ClusterException e) when (!e.IsEnvironmentFailure)
        {
            return ObjectDiffer.Rejected(desired, task.Source, e.Message);
        }
    }
}
