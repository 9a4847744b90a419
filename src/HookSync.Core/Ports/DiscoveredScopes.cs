using HookSync.Core.Model;
using HookSync.Core.Planning;

namespace HookSync.Core.Ports;

/// <summary>
/// Kind scopes read from the cluster's discovery (D-10), for the kinds of one sync; unknown kinds fall back to a second source.
/// It lives beside the cluster port it reads, so Planning stays free of ports (Core namespaces are acyclic).
/// </summary>
public sealed class DiscoveredScopes : IResourceScopes
{
    private readonly Dictionary<GroupKind, bool> _scopes;
    private readonly IResourceScopes _fallback;

    private DiscoveredScopes(Dictionary<GroupKind, bool> scopes, IResourceScopes fallback)
    {
        _scopes = scopes;
        _fallback = fallback;
    }

    /// <summary>
    /// Looks up every distinct kind once, all at once: each group/version is one discovery request, and one after another
    /// they would cost a round trip each before the first dry-run. Kinds the server does not serve (yet) are left to
    /// <paramref name="fallback"/>.
    /// </summary>
    public static async Task<DiscoveredScopes> LoadAsync(IClusterClient cluster, IEnumerable<GroupVersionKind> kinds,
        IResourceScopes fallback, CancellationToken cancellationToken)
    {
        var distinct = kinds.Distinct().ToList();
        var found = await Task.WhenAll(distinct.Select(gvk => cluster.FindResourceAsync(gvk, cancellationToken))).ConfigureAwait(false);
        var scopes = new Dictionary<GroupKind, bool>();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (found[i] is { } resource)
            {
                scopes[distinct[i].GroupKind] = resource.Namespaced;
            }
        }
        return new DiscoveredScopes(scopes, fallback);
    }

    public bool? IsNamespaced(GroupKind kind) => _scopes.TryGetValue(kind, out var namespaced) ? namespaced : _fallback.IsNamespaced(kind);
}
