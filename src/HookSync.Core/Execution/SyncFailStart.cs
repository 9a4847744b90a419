namespace HookSync.Core.Execution;

/// <summary>How starting the SyncFail hooks went: whether every one was created, and that in words for the report.</summary>
internal sealed record SyncFailStart(bool Created, string Description);
