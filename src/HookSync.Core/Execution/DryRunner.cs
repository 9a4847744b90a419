using HookSync.Core.Diff;
using HookSync.Core.Hooks;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>
/// S2 with D-8: server-side dry-run of every task (SyncFail included) before anything is applied. With
/// <c>FailOnSharedResource=true</c> or <c>ApplyOutOfSyncOnly=true</c> it also reads each live object first; the latter
/// compares it with the dry-run's answer the way <c>diff</c> does (DF-1).
/// </summary>
internal sealed class DryRunner(RunContext context)
{
    /// <summary>Dry-runs every task; false when any failed (those tasks are SyncFailed with the server's message).</summary>
    /// <param name="reportAsDone">--dry-run mode: successful tasks are reported as done (state Succeeded).</param>
    public async Task<bool> DryRunAsync(bool reportAsDone, CancellationToken cancellationToken)
    {
        var ledger = context.Ledger;
        var candidates = ledger.Records.Where(r => r.State is null && !r.Task.SkipDryRun && !r.SkipsDryRun && !r.Task.IsPrune).ToList();
        if (reportAsDone)
        {
            foreach (var record in candidates)
            {
                ledger.Apply(record, TaskRules.Started);
            }
        }
        // Dry-runs write nothing and do not depend on each other or on wave order: every task at once, --dry-run-concurrency wide.
        using var slots = context.Probe.CreateSlots(context.Options.DryRunConcurrency);
        var results = await context.Probe.ForkJoinAsync(candidates, r => DryRunOneAsync(r, reportAsDone, slots, cancellationToken)).ConfigureAwait(false);
        if (reportAsDone)
        {
            foreach (var skipped in ledger.Records.Where(r => r.State is null && !r.Task.IsPrune && (r.Task.SkipDryRun || r.SkipsDryRun)))
            {
                ledger.Apply(skipped, TaskRules.DryRunSkipped);
            }
            foreach (var prune in ledger.Records.Where(r => r.State is null && r.Task.IsPrune))
            {
                ledger.Apply(prune, TaskRules.PrunedDryRun);
            }
        }
        return !results.Contains(false);
    }

    private async Task<bool> DryRunOneAsync(TaskRecord record, bool reportAsDone, ExecutionSlots slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var task = record.Task;
            var readLive = !task.IsHook && (context.Plan.Context.RunOptions.FailOnSharedResource || context.Plan.Context.RunOptions.ApplyOutOfSyncOnly);
            var live = readLive ? await context.Cluster.GetAsync(ObjectReference.To(task.Object), cancellationToken).ConfigureAwait(false) : null;
            if (context.Plan.Context.RunOptions.FailOnSharedResource && live?.Annotations.GetValueOrDefault(AnnotationKeys.TrackingId) is { } owner
                && owner != TrackingId.For(context.Options.AppName, live))
            {
                context.Ledger.Apply(record, TaskRules.SharedResource(owner));
                return false;
            }
            var obj = TrackingId.Annotate(context.Options.AppName, task.Object);
            var result = await context.Cluster.ApplyAsync(obj, ApplyRequests.For(task, context.Options, dryRun: true), cancellationToken).ConfigureAwait(false);
            if (!reportAsDone && live is not null && context.Plan.Context.RunOptions.ApplyOutOfSyncOnly
                && System.Text.Json.Nodes.JsonNode.DeepEquals(DiffNormalizer.Normalize(live), DiffNormalizer.Normalize(result.Live)))
            {
                context.Ledger.Apply(record, TaskRules.InSync(record));
                return true;
            }
            context.Ledger.Apply(record, TaskRules.DryRunPassed(record, result, reportAsDone));
            if (reportAsDone)
            {
                context.Publish(new TaskApplied(context.Elapsed, record.Task, record.Action!.Value, DryRun: true));
            }
            return true;
        }
        catch (ClusterException ex) when (!ex.IsEnvironmentFailure)
        {
            context.Ledger.Apply(record, TaskRules.Rejected(record, ex));
            return false;
        }
        finally
        {
            slots.Release();
        }
    }
}
