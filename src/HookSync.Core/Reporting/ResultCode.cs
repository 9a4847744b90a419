namespace HookSync.Core.Reporting;

/// <summary>A task's result code, Argo CD's <c>ResultCode</c>: what happened to its object in the cluster.</summary>
public enum ResultCode
{
    /// <summary>The object was applied.</summary>
    Synced,
    /// <summary>The object could not be applied (or deleted).</summary>
    SyncFailed,
    /// <summary>The object was deleted because it left the manifests.</summary>
    Pruned,
    /// <summary>The object left the manifests but was kept (prune off, or <c>Prune=false</c>).</summary>
    PruneSkipped,
}
