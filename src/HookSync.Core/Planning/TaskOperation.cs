namespace HookSync.Core.Planning;

/// <summary>
/// What a task does to its object in the cluster. Every task the planner makes today is <see cref="Apply"/>;
/// the other operations are where replace, delete and prune tasks live.
/// </summary>
public enum TaskOperation
{
    /// <summary>Server-side apply (the default for resources and hooks).</summary>
    Apply,
    /// <summary>Create, failing if the object exists (<c>Replace=true</c> on a new object).</summary>
    Create,
    /// <summary>Replace the whole object (<c>Replace=true</c>).</summary>
    Replace,
    /// <summary>Delete and recreate (<c>Replace=true,Force=true</c>).</summary>
    Recreate,
    /// <summary>Delete a live object that left the manifests.</summary>
    Prune,
}
