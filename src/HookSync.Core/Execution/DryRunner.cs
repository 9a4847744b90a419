using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>S2 with D-8: server-side dry-run of every task (SyncFail included) before anything is applied.</summary>
internal sealed class DryRunner(RunContext context)
{
    /// <summary>Dry-runs every task; false when any failed (those tasks are SyncFailed with the server's message).</summary>
    /// <param name="reportAsDone">--dry-run mode: successful tasks are reported as done (state Succeeded).</param>
    public async Task<bool> DryRunAsync(bool reportAsDone, CancellationToken cancellationToken)
    {
        var ledger = context.Ledger;
        var candidates = ledger.Records.Where(r => !r.Task.SkipDryRun).ToList();
        if (reportAsDone)
        {
            foreach (var record in candidates)
            {
                ledger.Apply(record, TaskRules.Started);
            }
        }
        using var slots = context.Probe.CreateSlots(context.Options.Concurrency);
        var results = await context.Probe.ForkJoinAsync(candidates, r => DryRunOneAsync(r, reportAsDone, slots, cancellationToken)).ConfigureAwait(false);
        if (reportAsDone)
        {
            foreach (var skipped in ledger.Records.Where(r => r.Task.SkipDryRun))
            {
                ledger.Apply(skipped, TaskRules.DryRunSkipped);
            }
        }
        return !results.Contains(false);
    }

    private async Task<bool> DryRunOneAsync(TaskRecord record, bool reportAsDone, ExecutionSlots slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var obj = TrackingId.Annotate(context.Options.AppName, record.Task.Object);
            var result = await context.Cluster.ApplyAsync(obj, new ApplyRequest(DryRun: true, Force: context.Options.ForceConflicts), cancellationToken).ConfigureAwait(false);
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
