using HookSync.Core.Planning;

namespace HookSync.Core.Execution;

/// <summary>D3/D4: delete completed hooks under their HookSucceeded or HookFailed policy.</summary>
public sealed record DeleteHooksAction(IReadOnlyList<SyncTask> Tasks, string Reason) : ClusterAction;
