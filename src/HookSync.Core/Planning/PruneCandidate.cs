using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>
/// A live object the next sync would delete: it is in the app's previous inventory but no longer in the manifests
/// (issue 9, prune). <c>diff</c> shows it as "will be pruned"; the inventory work decides which objects these are.
/// </summary>
/// <param name="Gvk">Group, version and kind of the live object.</param>
/// <param name="Namespace">Its namespace; empty for a cluster-scoped object.</param>
/// <param name="Name">Its name.</param>
/// <param name="Live">The object as the cluster returned it.</param>
public sealed record PruneCandidate(GroupVersionKind Gvk, string Namespace, string Name, KubeObject Live)
{
    public ResourceKey Key => new(Gvk.Group, Gvk.Kind, Namespace, Name);

    /// <summary>A candidate for a live object, its identity read from the object.</summary>
    public static PruneCandidate Of(KubeObject live) => new(live.Gvk, live.Namespace, live.Name, live);
}
