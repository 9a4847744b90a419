namespace HookSync.Core.Planning;

/// <summary>
/// What a task does to its object in the cluster: <see cref="Apply"/> unless a sync option (<c>Replace=true</c>,
/// <c>Force=true</c>, <c>CreateNamespace=true</c>) or prune says otherwise (docs/sync-semantics.md#sync-options).
/// </summary>
public enum TaskOperation
{
    /// <summary>Server-side apply (the default for resources and hooks).</summary>
    Apply,
    /// <summary>Create only if absent (the namespace of <c>CreateNamespace=true</c>).</summary>
    Create,
    /// <summary>Create when absent, else replace the whole object with PUT (<c>Replace=true</c>).</summary>
    Replace,
    /// <summary>Delete and recreate (<c>Replace=true,Force=true</c>).</summary>
    Recreate,
    /// <summary>Delete a live object that left the manifests.</summary>
    Prune,
}
