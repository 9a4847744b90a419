using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>The cluster as the sync engine sees it. Implemented by HookSync.Kubernetes over a real API server or the simulator.</summary>
/// <remarks>Failures are <see cref="ClusterException"/>s with a <see cref="ClusterFailureKind"/>; library types never cross this port.</remarks>
public interface IClusterClient
{
    /// <summary>Resolves a kind through discovery; null when the server does not serve it.</summary>
    Task<ApiResource?> FindResourceAsync(GroupVersionKind gvk, CancellationToken cancellationToken);

    /// <summary>Forgets cached discovery, e.g. after a CRD of this sync became Established.</summary>
    void InvalidateDiscovery();

    /// <summary>Server-side apply (create if absent) with the request's field manager and force flag.</summary>
    Task<ApplyResult> ApplyAsync(KubeObject obj, ApplyRequest request, CancellationToken cancellationToken);

    /// <summary>Plain create (POST), used where the server must pick the name or refuse an existing one.</summary>
    Task<ApplyResult> CreateAsync(KubeObject obj, bool dryRun, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a whole object (PUT). A <c>metadata.resourceVersion</c> in <paramref name="obj"/> is a precondition: a stale one
    /// fails with <see cref="ClusterFailureKind.Conflict"/>, which makes this the compare-and-swap a lock needs.
    /// </summary>
    Task<KubeObject> ReplaceAsync(KubeObject obj, CancellationToken cancellationToken);

    /// <summary>Reads one object; null when it does not exist.</summary>
    Task<KubeObject?> GetAsync(ObjectReference target, CancellationToken cancellationToken);

    /// <summary>Deletes one object; false when it was already gone (NotFound).</summary>
    Task<bool> DeleteAsync(ObjectReference target, DeletePropagation propagation, CancellationToken cancellationToken);

    /// <summary>Lists objects of a kind, optionally in one namespace and filtered by a label selector.</summary>
    Task<ObjectList> ListAsync(GroupVersionKind gvk, string? ns, string? labelSelector, CancellationToken cancellationToken);

    /// <summary>
    /// Lists the core v1 Events about one object (field selector on <c>involvedObject</c> kind and name, in its namespace),
    /// for diagnosis only: oldest first as the server returns them.
    /// </summary>
    Task<IReadOnlyList<KubeObject>> ListEventsAsync(ObjectReference about, CancellationToken cancellationToken);

    /// <summary>Watches one object from <paramref name="resourceVersion"/> on; ends when the server closes the watch.</summary>
    IAsyncEnumerable<WatchEvent> WatchAsync(ObjectReference target, string? resourceVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Watches every object of a kind in one namespace (empty: cluster-scoped, or all namespaces) from
    /// <paramref name="resourceVersion"/> on, with bookmarks; ends when the server closes the watch. A too old
    /// resourceVersion fails with <see cref="ClusterFailureKind"/> Gone (410): list again and watch from the list's version.
    /// </summary>
    IAsyncEnumerable<WatchEvent> WatchKindAsync(GroupVersionKind gvk, string ns, string? resourceVersion, CancellationToken cancellationToken);

    /// <summary>Streams a container's log lines, following until the container ends or the token is cancelled.</summary>
    IAsyncEnumerable<string> StreamPodLogAsync(string ns, string pod, string? container, bool follow, CancellationToken cancellationToken);
}
