using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>D3–D5: deletes completed hooks under their policy (foreground, NotFound ignored) and reports it.</summary>
internal sealed class HookDeleter(RunContext context, ObjectWatcher watcher)
{
    public async Task DeleteAsync(IReadOnlyList<SyncTask> tasks, string reason, CancellationToken cancellationToken)
    {
        foreach (var task in tasks)
        {
            await DeleteAsync(context.Ledger.RecordOf(task), reason, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes one hook; false when the delete failed (the hook is then Error, D5).</summary>
    public async Task<bool> DeleteAsync(TaskRecord record, string reason, CancellationToken cancellationToken)
    {
        watcher.Stop(record);
        var target = ObjectReference.To(record.Live ?? record.Task.Object);
        try
        {
            await context.Cluster.DeleteAsync(target, DeletePropagation.Foreground, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException ex) when (!ex.IsEnvironmentFailure)
        {
            context.Ledger.Apply(record, TaskRules.HookDeleteFailed(ex.Message));
            return false;
        }
        context.Ledger.Apply(record, TaskRules.HookDeleted);
        context.Publish(new HookDeleted(context.Elapsed, record.Task, reason));
        return true;
    }
}
