using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>S2 with D-8: server-side dry-run of every task (SyncFail included) before anything is applied.</summary>
internal sealed class DryRunner(RunContext context)
{
    /// <summary>Dry-runs every task; false when any failed (those tasks are SyncFailed with the server's message).</summary>
    /// <param name="recordSuccess">--dry-run mode: successful tasks are reported as done (state Succeeded).</param>
    public async Task<bool> DryRunAsync(bool recordSuccess, CancellationToken cancellationToken)
    {
        var candidates = context.Records.Where(r => !r.Task.SkipDryRun).ToList();
        if (recordSuccess)
        {
            foreach (var record in candidates)
            {
                context.MarkStarted(record);
            }
        }
        using var slots = new SemaphoreSlim(Math.Max(1, context.Options.Concurrency));
        var results = await Task.WhenAll(candidates.Select(r => DryRunOneAsync(r, recordSuccess, slots, cancellationToken))).ConfigureAwait(false);
        if (recordSuccess)
        {
            foreach (var skipped in context.Records.Where(r => r.Task.SkipDryRun))
            {
                skipped.Action = TaskAction.Skipped;
                skipped.SetMessage("dry run skipped: its CustomResourceDefinition or Namespace is created by this sync");
            }
        }
        return !results.Contains(false);
    }

    private async Task<bool> DryRunOneAsync(TaskRecord record, bool recordSuccess, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var obj = TrackingId.Annotate(context.Options.AppName, record.Task.Object);
            var result = await context.Cluster.ApplyAsync(obj, new ApplyRequest(DryRun: true, Force: context.Options.ForceConflicts), cancellationToken).ConfigureAwait(false);
            record.DryRunResourceVersion = result.Action == ApplyAction.Created ? null : result.Live.ResourceVersion;
            if (recordSuccess)
            {
                record.Status = ResultCode.Synced;
                record.Action = ApplyText.ToTaskAction(result.Action);
                context.Transition(record, OperationPhase.Succeeded, $"{ApplyText.Describe(record.Task.Object, result.Action)} (dry run)");
                context.Publish(new TaskApplied(context.Elapsed, record.Task, record.Action.Value, DryRun: true));
            }
            return true;
        }
        catch (ClusterException ex) when (!ex.IsEnvironmentFailure)
        {
            record.Status = ResultCode.SyncFailed;
            record.Action = TaskAction.Failed;
            context.Transition(record, OperationPhase.Failed, ex.Message);
            return false;
        }
        finally
        {
            slots.Release();
        }
    }
}
