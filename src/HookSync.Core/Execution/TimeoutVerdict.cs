namespace HookSync.Core.Execution;

/// <summary>A timeout that fired (D-3): the running hooks to terminate (D9) and how the run ends.</summary>
/// <param name="Hooks">The running hooks to terminate.</param>
/// <param name="MessageFor">The message of a hook that is still running and gets deleted: "Terminated", or its own timeout.</param>
/// <param name="Outcome">TimedOut for the run or a hook timeout; null for the SyncFail bound, which never changes the result.</param>
internal sealed record TimeoutVerdict(IReadOnlyList<TaskRecord> Hooks, Func<TaskRecord, string> MessageFor, SyncOutcome? Outcome);
