using HookSync.Core.Hooks;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

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
        // Argo CD's runTasks: prunes first, each deleted concurrently; they finish when their objects are gone.
        var prunes = records.Where(r => r.Task.IsPrune).ToList();
        if (prunes.Count > 0)
        {
            using var pruneSlots = context.Probe.CreateSlots(context.Options.Concurrency);
            var pruned = await context.Probe.ForkJoinAsync(prunes, r => PruneAsync(r, pruneSlots, cancellationToken)).ConfigureAwait(false);
            failed |= pruned.Contains(false);
            records = records.Where(r => !r.Task.IsPrune).ToList();
        }
        foreach (var record in records.Where(r => DeletesFirst(r.Task) && !r.OldInstanceChecked))
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

    // T3 for hooks; Replace=true,Force=true deletes and creates every object the same way (kubectl replace --force).
    private static bool DeletesFirst(SyncTask task) =>
        task.HasDeletePolicy(HookDeletePolicy.BeforeHookCreation) || task.Operation == TaskOperation.Recreate;

    private async Task<bool> PruneAsync(TaskRecord record, ExecutionSlots slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            context.Ledger.Apply(record, TaskRules.Started);
            var target = ObjectReference.To(record.Task.Object);
            try
            {
                var deleting = await context.Cluster.DeleteAsync(target, context.Options.PrunePropagation, cancellationToken).ConfigureAwait(false);
                context.Ledger.Apply(record, TaskRules.PruneDeleting);
                context.Publish(new TaskApplied(context.Elapsed, record.Task, TaskAction.Pruned, DryRun: false));
                if (!deleting)
                {
                    context.Ledger.Apply(record, TaskRules.PruneGone);
                    return true;
                }
            }
            catch (ClusterException ex) when (!ex.IsEnvironmentFailure)
            {
                context.Ledger.Apply(record, TaskRules.PruneFailed(ex.Message));
                return false;
            }
            watcher.Watch(record, target, record.Task.Object.ResourceVersion);
            return true;
        }
        finally
        {
            slots.Release();
        }
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
        context.Publish(new HookDeleted(context.Elapsed, record.Task, record.Task.IsHook ? "BeforeHookCreation" : "Replace=true,Force=true"));
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
            var obj = record.Task.AutoCreated ? record.Task.Object : TrackingId.Annotate(context.Options.AppName, record.Task.Object);
            ApplyResult result;
            try
            {
                result = await WriteAsync(record.Task, obj, cancellationToken).ConfigureAwait(false);
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

    // Argo CD's applyObject: apply, or with Replace=true create when absent and replace (PUT) when present; a recreate
    // created its object anew after T3 deleted the old one.
    private async Task<ApplyResult> WriteAsync(SyncTask task, Model.KubeObject obj, CancellationToken cancellationToken)
    {
        switch (task.Operation)
        {
            case TaskOperation.Replace:
                var live = await context.Cluster.GetAsync(ObjectReference.To(obj), cancellationToken).ConfigureAwait(false);
                if (live?.ResourceVersion is { } resourceVersion)
                {
                    var replaced = await context.Cluster.ReplaceAsync(obj.With(json => ((System.Text.Json.Nodes.JsonObject)json["metadata"]!)["resourceVersion"] = resourceVersion), cancellationToken).ConfigureAwait(false);
                    return new ApplyResult(replaced, replaced.ResourceVersion == resourceVersion ? ApplyAction.Unchanged : ApplyAction.Configured);
                }
                return await context.Cluster.CreateAsync(obj, dryRun: false, cancellationToken).ConfigureAwait(false);
            case TaskOperation.Create:
                try
                {
                    return await context.Cluster.CreateAsync(obj, dryRun: false, cancellationToken).ConfigureAwait(false);
                }
                catch (ClusterException ex) when (ex.Kind == ClusterFailureKind.AlreadyExists)
                {
                    var existing = await context.Cluster.GetAsync(ObjectReference.To(obj), cancellationToken).ConfigureAwait(false);
                    return new ApplyResult(existing ?? obj, ApplyAction.Unchanged);
                }
            case TaskOperation.Recreate:
                return await context.Cluster.CreateAsync(obj, dryRun: false, cancellationToken).ConfigureAwait(false);
            default:
                return await context.Cluster.ApplyAsync(obj, ApplyRequests.For(task, context.Options, dryRun: false), cancellationToken).ConfigureAwait(false);
        }
    }
}
