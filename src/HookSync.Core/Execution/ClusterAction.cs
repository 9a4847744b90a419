namespace HookSync.Core.Execution;

/// <summary>One thing the executor must do next, as decided by <see cref="SyncStateMachine"/>.</summary>
public abstract record ClusterAction;
