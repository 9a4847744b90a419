using HookSync.Core.Hooks;
using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>S-RUN for one (phase, wave) or the SyncFail run: BeforeHookCreation deletions (T3), then kind-runs applied in parallel (T4).</summary>
internal sealed class WaveRunner(RunContext context, ObjectWatcher watcher, HookLogFollower logs, CrdEstablishment crds)
{
    /// <summary>Runs the tasks; the result says whether it is pending (old hooks being deleted) or an apply failed.</summary>
    public async Task<WaveRunResult> RunAsync(IReadOnlyList<SyncTask> tasks, CancellationToken cancellationToken)
    {
        var records = tasks.Select(context.Ledger.RecordOf).Where(r => r.State is null).ToList();
        var failed = false;
        var pending = false;
        foreach (var record in records.Where(r => r.Task.HasDeletePolicy(HookDeletePolicy.BeforeHookCreation) && !r.OldInstanceChecked))
        {
            var outcome = await DeleteOldInstanceAsync(record, cancellationToken).ConfigureAwait(false);
            failed |= outcome == WaveRunResult.Failed;
            pending |= outcome == WaveRunResult.Pending;
        }
        if (pending)
        {
            // T3: creation waits for a later step, once the old objects are gone.
            return WaveRunResult.Pending;
        }
        var toApply = records.Where(r => r.State is null).ToList();
        foreach (var kindRun in KindRuns(toApply))
        {
            // T4: one kind after another; a failure does not stop later runs.
            foreach (var record in kindRun)
            {
                context.Ledger.Apply(record, TaskRules.Started);
            }
            using var slots = context.Probe.CreateSlots(context.Options.Concurrency);
            var results = await context.Probe.ForkJoinAsync(kindRun, r => ApplyAsync(r, slots, cancellationToken)).ConfigureAwait(false);
            failed |= results.Contains(false);
        }
        return failed ? WaveRunResult.Failed : WaveRunResult.Succeeded;
    }

    /// <summary>Splits tasks into runs of consecutive tasks with the same kind string (T4).</summary>
    public static IReadOnlyList<IReadOnlyList<TaskRecord>> KindRuns(IReadOnlyList<TaskRecord> records)
    {
        var runs = new List<IReadOnlyList<TaskRecord>>();
        List<TaskRecord>? current = null;
        foreach (var record in records)
        {
            if (current is null || current[0].Task.Object.Kind != record.Task.Object.Kind)
            {
                current = [];
                runs.Add(current);
            }
            current.Add(record);
        }
        return runs;
    }

    private async Task<WaveRunResult> DeleteOldInstanceAsync(TaskRecord record, CancellationToken cancellationToken)
    {
        context.Ledger.Apply(record, TaskRules.OldInstanceChecked);
        var target = ObjectReference.To(record.Task.Object);
        var old = await GetOldInstanceAsync(target, cancellationToken).ConfigureAwait(false);
        if (old is null)
        {
            return WaveRunResult.Succeeded;
        }
        context.Ledger.Apply(record, TaskRules.Started);
        try
        {
            if (!await context.Cluster.DeleteAsync(target, DeletePropagation.Foreground, cancellationToken).ConfigureAwait(false))
            {
                // T3: NotFound means gone; create in this same step (S-17).
                return WaveRunResult.Succeeded;
            }
        }
        catch (ClusterException ex) when (!ex.IsEnvironmentFailure)
        {
            context.Ledger.Apply(record, TaskRules.OldInstanceDeleteFailed(ex.Message));
            return WaveRunResult.Failed;
        }
        context.Publish(new HookDeleted(context.Elapsed, record.Task, "BeforeHookCreation"));
        context.Ledger.Apply(record, TaskRules.OldInstanceDeleting);
        watcher.Watch(record, target, old.ResourceVersion);
        return WaveRunResult.Pending;
    }

    // T3 runs before T4 applies the wave's CRDs (S-31): a CR hook whose kind is not served yet has no old instance.
    private async Task<Model.KubeObject?> GetOldInstanceAsync(ObjectReference target, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Cluster.GetAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException ex) when (ex.Kind is ClusterFailureKind.NotServed)
        {
            return null;
        }
    }

    private async Task<bool> ApplyAsync(TaskRecord record, ExecutionSlots slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var obj = TrackingId.Annotate(context.Options.AppName, record.Task.Object);
            var request = new ApplyRequest(DryRun: false, Force: context.Options.ForceConflicts);
            ApplyResult result;
            try
            {
                result = await context.Cluster.ApplyAsync(obj, request, cancellationToken).ConfigureAwait(false);
            }
            catch (ClusterException ex) when (!ex.IsEnvironmentFailure)
            {
                context.Ledger.Apply(record, TaskRules.Rejected(record, ex));
                return false;
            }
            context.Ledger.Apply(record, TaskRules.Applied(record, result));
            context.Publish(new TaskApplied(context.Elapsed, record.Task, record.Action!.Value, DryRun: false));
            watcher.Watch(record, ObjectReference.To(result.Live), result.Live.ResourceVersion);
            logs.Start(record);
            await crds.AwaitEstablishedAsync(record.Task.Object, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            slots.Release();
        }
    }
}
