using HookSync.Core.Hooks;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// gitops-engine's re-entrant sync step as a pure reducer: from the task results it decides what to do next
/// (rules S4–S13, F3–F4, D3–D4, with D-3 and D-5) or how the run ends.
/// </summary>
public static class SyncStateMachine
{
    public static SyncDecision Decide(SyncState state)
    {
        var tasks = state.Tasks;
        if (state.Termination is { } termination)
        {
            return DecideTerminating(state, termination);
        }
        if (state.LastRun is { } run && DecideAfterRun(state, run) is { } afterRun)
        {
            return afterRun;
        }
        // S4: running hooks always block; running resources when multi-step or with --wait (D-5).
        var blocking = tasks.Where(t => t.IsRunning && (t.Task.IsHook || state.MultiStep || state.WaitForResources))
            .Select(t => t.Task).ToList();
        if (blocking.Count > 0)
        {
            // gitops-engine waits on running tasks first, then on pruned objects still being deleted ("waiting for deletion of").
            var running = blocking.Where(t => !t.IsPrune).ToList();
            return SyncDecision.Do(new AwaitAction(running.Count > 0 ? WaitingMessage.ForCompletion(running) : WaitingMessage.ForDeletion(blocking)));
        }
        // T3: an old hook instance is still being deleted; its new instance is created in a later step.
        var deleting = tasks.Where(t => t.AwaitingOldDeletion).Select(t => t.Task).ToList();
        if (deleting.Count > 0)
        {
            return SyncDecision.Do(new AwaitAction(WaitingMessage.ForDeletion(deleting)));
        }
        // S9: a completed, unsuccessful task (or a failed apply) fails the operation through the SyncFail phase.
        if (tasks.Any(t => t.Task.Phase != SyncPhase.SyncFail && (t.IsUnsuccessful || t.Status == ResultCode.SyncFailed)))
        {
            return FailThroughSyncFail(state, OperationMessages.CompletedUnsuccessfully);
        }
        // S10: nothing pending: delete the HookSucceeded candidates (D3) and succeed.
        var pending = tasks.Where(t => t.IsPending && t.Task.Phase != SyncPhase.SyncFail).ToList();
        if (pending.Count == 0)
        {
            return SyncDecision.Finish(SyncOutcome.Succeeded(OperationMessages.NoMoreTasks), SuccessDeletions(tasks));
        }
        // S11: the first pending (phase, wave) runs next; SyncFail is never chosen (P1).
        var first = pending[0].Task;
        var last = pending[^1].Task;
        var waveTasks = pending.Where(t => t.Task.Phase == first.Phase && t.Task.Wave == first.Wave).Select(t => t.Task).ToList();
        var isFinal = first.Phase == last.Phase && first.Wave == last.Wave;
        return SyncDecision.Do(new ApplyWaveAction(first.Phase, first.Wave, waveTasks, isFinal));
    }

    /// <summary>The phase of the first task (plan order, SyncFail excluded) that failed (README Exit codes 10–12).</summary>
    public static SyncPhase? FailedPhase(IReadOnlyList<TaskSnapshot> tasks) =>
        tasks.FirstOrDefault(t => t.Task.Phase != SyncPhase.SyncFail && (t.IsUnsuccessful || t.Status == ResultCode.SyncFailed))?.Task.Phase;

    private static SyncDecision? DecideAfterRun(SyncState state, WaveRun run)
    {
        var tasks = state.Tasks;
        var waveTasks = tasks.Where(t => t.Task.Phase == run.Phase && t.Task.Wave == run.Wave).ToList();
        if (run.Failed)
        {
            // S13: with a task of this wave still running, start SyncFail and let S4 wait; otherwise fail now.
            if (waveTasks.Any(t => t.IsRunning))
            {
                var pendingSyncFail = PendingSyncFail(tasks);
                return pendingSyncFail.Count > 0 ? SyncDecision.Do(new RunSyncFailAction(pendingSyncFail)) : null;
            }
            return FailThroughSyncFail(state, OperationMessages.ObjectsFailedToApply);
        }
        // S13/W6: with --no-wait, a final wave without hooks ends the run without a health wait.
        var noMorePending = !tasks.Any(t => t.IsPending && t.Task.Phase != SyncPhase.SyncFail);
        if (!state.WaitForResources && noMorePending && !waveTasks.Any(t => t.Task.IsHook))
        {
            return SyncDecision.Finish(SyncOutcome.Succeeded(OperationMessages.AllTasksRun), SuccessDeletions(tasks));
        }
        return null;
    }

    private static SyncDecision FailThroughSyncFail(SyncState state, string baseMessage)
    {
        var deletions = FailureDeletions(state.Tasks);
        var pendingSyncFail = PendingSyncFail(state.Tasks);
        // A SyncFail hook stays pending after F3 started only while its old instance is deleted (T3): run it again.
        if (pendingSyncFail.Count > 0)
        {
            // F3: the SyncFail hooks run now; a later S9 finishes with the "completed unsuccessfully" base.
            return new SyncDecision([.. deletions, new RunSyncFailAction(pendingSyncFail)], null);
        }
        var message = OperationMessages.Failure(baseMessage, state.Tasks);
        return SyncDecision.Finish(SyncOutcome.Failed(message, FailedPhase(state.Tasks)), deletions);
    }

    private static SyncDecision DecideTerminating(SyncState state, SyncOutcome termination)
    {
        var pendingSyncFail = PendingSyncFail(state.Tasks);
        var deleting = state.Tasks.Where(t => t.AwaitingOldDeletion).Select(t => t.Task).ToList();
        if (deleting.Count > 0)
        {
            return SyncDecision.Do(new AwaitAction(WaitingMessage.ForDeletion(deleting)));
        }
        if (pendingSyncFail.Count > 0)
        {
            return SyncDecision.Do(new RunSyncFailAction(pendingSyncFail));
        }
        var running = state.Tasks.Where(t => t.IsRunning && t.Task.IsHook && t.Task.Phase == SyncPhase.SyncFail)
            .Select(t => t.Task).ToList();
        if (running.Count > 0)
        {
            return SyncDecision.Do(new AwaitAction(WaitingMessage.ForCompletion(running)));
        }
        return SyncDecision.Finish(termination, FailureDeletions(state.Tasks));
    }

    private static List<SyncTask> PendingSyncFail(IReadOnlyList<TaskSnapshot> tasks) =>
        tasks.Where(t => t.Task.Phase == SyncPhase.SyncFail && t.IsPending).Select(t => t.Task).ToList();

    // S7/D4: completed hooks with a live object and HookFailed, even those that succeeded.
    private static List<ClusterAction> FailureDeletions(IReadOnlyList<TaskSnapshot> tasks) =>
        Deletions(tasks, HookDeletePolicy.HookFailed, "HookFailed");

    // S7/D3: HookSucceeded hooks go only when the whole operation succeeds.
    private static List<ClusterAction> SuccessDeletions(IReadOnlyList<TaskSnapshot> tasks) =>
        Deletions(tasks, HookDeletePolicy.HookSucceeded, "HookSucceeded");

    private static List<ClusterAction> Deletions(IReadOnlyList<TaskSnapshot> tasks, HookDeletePolicy policy, string reason)
    {
        var candidates = tasks
            .Where(t => t.Task.HasDeletePolicy(policy) && t.HasLive && !t.Deleted && t.IsCompleted)
            .Select(t => t.Task).ToList();
        return candidates.Count == 0 ? [] : [new DeleteHooksAction(candidates, reason)];
    }
}
