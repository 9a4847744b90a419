using HookSync.Core.Planning;

namespace HookSync.Core.Execution;

/// <summary>F3: apply every pending SyncFail hook in one run, whatever its wave (W10).</summary>
public sealed record RunSyncFailAction(IReadOnlyList<SyncTask> Tasks) : ClusterAction;
