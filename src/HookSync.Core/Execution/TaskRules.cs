using HookSync.Core.Diagnosis;
using HookSync.Core.Health;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// What happens to one task on each observation the executors report: pure functions from an observation (and the
/// task's record, read only) to the <see cref="TaskChange"/> that <see cref="TaskLedger"/> applies. Together with
/// <see cref="SyncStateMachine"/> (what to do next) they hold every decision of a run; messages are Argo CD's.
/// </summary>
internal static class TaskRules
{
    /// <summary>The first action on a task (a dry-run reported as done, an apply, a T3 delete).</summary>
    public static TaskChange Started { get; } = new() { Starts = true };

    /// <summary>S1/X7: the task's kind is neither served nor defined by a CRD of the plan.</summary>
    public static TaskChange KindNotServed(TaskRecord record, GroupVersionKind gvk)
    {
        var message = $"the server could not find the requested resource (kind \"{gvk.Kind}\" in \"{gvk.ApiVersion}\")";
        return Rejected(message) with { Cause = ApiErrorClassifier.Classify(null, message, record.Task.Object) };
    }

    /// <summary>
    /// D-8: the server-side dry-run passed. Its resourceVersion is kept to tell a no-op apply; with --dry-run the task
    /// is reported as done.
    /// </summary>
    public static TaskChange DryRunPassed(TaskRecord record, ApplyResult result, bool reportAsDone)
    {
        var seen = new TaskChange { DryRunResourceVersion = result.Action == ApplyAction.Created ? null : result.Live.ResourceVersion };
        return reportAsDone
            ? seen with
            {
                Status = ResultCode.Synced,
                Action = ApplyText.ToTaskAction(result.Action),
                State = OperationPhase.Succeeded,
                Message = $"{ApplyText.Describe(record.Task.Object, result.Action)} (dry run)",
            }
            : seen;
    }

    /// <summary>--dry-run: a task whose CRD or Namespace this sync creates cannot be dry-run.</summary>
    public static TaskChange DryRunSkipped { get; } =
        new() { Action = TaskAction.Skipped, Message = "dry run skipped: its CustomResourceDefinition or Namespace is created by this sync" };

    /// <summary>The server refused the dry-run or the apply: SyncFailed, Failed with the server's message.</summary>
    public static TaskChange Rejected(string error) =>
        new() { Status = ResultCode.SyncFailed, Action = TaskAction.Failed, State = OperationPhase.Failed, Message = error };

    /// <summary>The server refused the dry-run or the apply: as <see cref="Rejected(string)"/>, with the cause its Status names.</summary>
    public static TaskChange Rejected(TaskRecord record, ClusterException error) =>
        Rejected(error.Message) with { Cause = ApiErrorClassifier.Classify(error.StatusCode, error.Message, record.Task.Object) };

    /// <summary>D-16 fail fast: a pod of the task stayed in a state that cannot resolve by itself for longer than its bound.</summary>
    public static TaskChange Stuck(FailureCause cause, TimeSpan stuckAfter) => new()
    {
        State = OperationPhase.Failed,
        Message = $"stuck in {cause.Code} for {DurationText.Format(stuckAfter)} (stuck-after): {cause.Message}",
        Cause = cause,
    };

    /// <summary>Diagnosis of a failed, timed-out or stuck task found its cause.</summary>
    public static TaskChange Diagnosed(FailureCause cause) => new() { Cause = cause };

    /// <summary>The apply went through: the task runs until its health settles (S3), and a hook's timeout starts (D-3).</summary>
    public static TaskChange Applied(TaskRecord record, ApplyResult result)
    {
        var action = result.Action;
        // A real API server answers 200 for a no-op apply too; an unchanged resourceVersion since the dry-run means no write.
        if (action == ApplyAction.Configured && record.DryRunResourceVersion is { } seen && result.Live.ResourceVersion == seen)
        {
            action = ApplyAction.Unchanged;
        }
        return new()
        {
            Live = result.Live,
            Status = ResultCode.Synced,
            Action = ApplyText.ToTaskAction(action),
            Created = true,
            State = OperationPhase.Running,
            Message = ApplyText.Describe(record.Task.Object, action),
        };
    }

    /// <summary>SkipDryRunOnMissingResource: the kind is not served yet; the task skips the dry-run and fails at apply if it still is not.</summary>
    public static TaskChange DryRunSkippedForMissingKind { get; } = new() { SkipsDryRun = true };

    /// <summary>FailOnSharedResource: another app's tracking id is on the live object (argo-cd's "Shared resource found").</summary>
    public static TaskChange SharedResource(string owner) =>
        Rejected($"Shared resource found: it is already managed by '{owner}' (FailOnSharedResource=true)");

    /// <summary>ApplyOutOfSyncOnly: the dry-run shows no change, so the object is not applied.</summary>
    public static TaskChange InSync(TaskRecord record) => new()
    {
        Starts = true,
        Status = ResultCode.Synced,
        Action = TaskAction.Unchanged,
        State = OperationPhase.Succeeded,
        Message = $"{record.Task.Object.Kind}/{record.Task.Object.Name} unchanged (ApplyOutOfSyncOnly: already in sync, not applied)",
    };

    /// <summary>A prune that must not delete (no --prune, Prune=false, another app's object): PruneSkipped with the reason.</summary>
    public static TaskChange PruneSkipped(string reason) => new()
    {
        Starts = true,
        Status = ResultCode.PruneSkipped,
        Action = TaskAction.Skipped,
        State = OperationPhase.Succeeded,
        Message = reason,
    };

    /// <summary>--dry-run --prune: the object would be deleted.</summary>
    public static TaskChange PrunedDryRun { get; } = new()
    {
        Starts = true,
        Status = ResultCode.Pruned,
        Action = TaskAction.Pruned,
        State = OperationPhase.Succeeded,
        Message = "pruned (dry run)",
    };

    /// <summary>The delete was accepted; the task runs until the object is gone (finalizers, foreground deletion).</summary>
    public static TaskChange PruneDeleting { get; } = new()
    {
        Status = ResultCode.Pruned,
        Action = TaskAction.Pruned,
        State = OperationPhase.Running,
        Message = "pruned",
    };

    /// <summary>The pruned object is gone.</summary>
    public static TaskChange PruneGone { get; } = new() { State = OperationPhase.Succeeded, Message = "pruned" };

    /// <summary>The server refused the delete: the Sync phase fails (SyncFail runs).</summary>
    public static TaskChange PruneFailed(string error) =>
        new() { Status = ResultCode.SyncFailed, Action = TaskAction.Failed, State = OperationPhase.Failed, Message = error };

    /// <summary>T3 is looking for an old instance of this hook (once per task).</summary>
    public static TaskChange OldInstanceChecked { get; } = new() { OldInstanceChecked = true };

    /// <summary>T3: an old instance is being deleted; the new one is created in a later step.</summary>
    public static TaskChange OldInstanceDeleting { get; } = new() { AwaitingOldDeletion = true };

    /// <summary>T3: deleting the old instance failed.</summary>
    public static TaskChange OldInstanceDeleteFailed(string error) =>
        new() { Status = ResultCode.SyncFailed, State = OperationPhase.Error, Message = $"failed to delete resource: {error}" };

    /// <summary>A watch event or GET saw the task's object (<paramref name="live"/> null: it is gone); null when nothing changes.</summary>
    public static TaskChange? Observed(TaskRecord record, KubeObject? live)
    {
        if (record.AwaitingOldDeletion)
        {
            // T3: the old instance is gone; the wave runs again and creates the new one.
            return live is null ? new TaskChange { AwaitingOldDeletion = false } : null;
        }
        if (record.Deleted || record.State != OperationPhase.Running)
        {
            // D-1: once a terminal state was observed, a vanished object keeps it.
            return null;
        }
        if (record.Task.IsPrune)
        {
            // A pruned object is done when it is gone; until then it is being deleted (finalizers, dependents).
            return live is null ? PruneGone : null;
        }
        if (live is null)
        {
            return new()
            {
                Status = ResultCode.SyncFailed,
                State = OperationPhase.Error,
                Message = $"Resource {record.Task.Key.ArgoName} is missing, it might have been deleted",
            };
        }
        return new() { Live = live };
    }

    /// <summary>S3/P7: a running task takes the state of its live object's health; null leaves it as it is.</summary>
    public static TaskChange? HealthAssessed(HealthAssessor health, TaskRecord record)
    {
        if (record.Task.IsPrune || record.Live is not { } live || HealthMapping.Assess(health, record.Task.IsHook, live) is not { } evaluated)
        {
            return null;
        }
        // S3: a running resource keeps its apply message; hooks take every non-empty health message (P7).
        var message = record.Task.IsHook || evaluated.State != OperationPhase.Running ? evaluated.Message : null;
        return new() { State = evaluated.State, Message = message };
    }

    /// <summary>D3–D5: a hook was deleted under its policy.</summary>
    public static TaskChange HookDeleted { get; } = new() { Deleted = true };

    /// <summary>D5: deleting a hook failed; the hook is Error.</summary>
    public static TaskChange HookDeleteFailed(string error) =>
        new() { State = OperationPhase.Error, Message = $"failed to delete resource: {error}" };

    /// <summary>D9: a hook to terminate is already gone; it is recorded as Succeeded "Terminated".</summary>
    public static TaskChange TerminatedHookGone { get; } = new() { State = OperationPhase.Succeeded, Message = "Terminated" };

    /// <summary>
    /// D9: the hook to terminate still exists; it takes the state of its health when that has settled, else stays
    /// Running (the caller then deletes it).
    /// </summary>
    public static TaskChange TerminatedHookSeen(HealthAssessor health, KubeObject live)
    {
        var seen = new TaskChange { Live = live };
        return HealthMapping.Assess(health, isHook: true, live) is { } evaluated && evaluated.State != OperationPhase.Running
            ? seen with { State = evaluated.State, Message = evaluated.Message }
            : seen;
    }

    /// <summary>D9: a still-running hook was deleted on a timeout; <paramref name="message"/> is "Terminated" or its own timeout.</summary>
    public static TaskChange Terminated(string message) => new() { State = OperationPhase.Failed, Message = message };
}
