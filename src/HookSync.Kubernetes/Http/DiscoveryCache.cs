using System.Collections.Concurrent;
using System.Text.Json;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>Discovery per group/version (kind → plural and scope), cached until invalidated.</summary>
/// <remarks>There is no REST mapper in the client and plurals cannot be guessed (Ingress → ingresses), so discovery is the only source of resource names.</remarks>
internal sealed class DiscoveryCache(Func<string, CancellationToken, Task<string?>> fetchAsync)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Dictionary<string, ApiResource>>>> _byGroupVersion = new(StringComparer.Ordinal);

    public async Task<ApiResource?> FindAsync(GroupVersionKind gvk, CancellationToken cancellationToken)
    {
        var key = gvk.ApiVersion;
        // One fetch per group/version even when a wave applies many objects of a new kind in parallel
        // (--concurrency): concurrent misses share the pending fetch instead of each asking the server.
        var entry = _byGroupVersion.GetOrAdd(key, k => NewEntry(k, gvk.Group, gvk.Version, cancellationToken));
        var kinds = await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return kinds.GetValueOrDefault(gvk.Kind);
    }

    public void Clear() => _byGroupVersion.Clear();

    private Lazy<Task<Dictionary<string, ApiResource>>> NewEntry(string key, string group, string version, CancellationToken cancellationToken)
    {
        Lazy<Task<Dictionary<string, ApiResource>>>? entry = null;
        entry = new(() => FetchAsync(key, entry!, group, version, cancellationToken));
        return entry;
    }

    private async Task<Dictionary<string, ApiResource>> FetchAsync(string key, Lazy<Task<Dictionary<string, ApiResource>>> entry,
        string group, string version, CancellationToken cancellationToken)
    {
        var fetched = false;
        try
        {
            // fetchAsync answers null for a group/version the server does not serve (404); that is cached too.
            var body = await fetchAsync(ApiPaths.GroupVersion(group, version), cancellationToken).ConfigureAwait(false);
            var kinds = body is null ? new Dictionary<string, ApiResource>() : Parse(group, version, body);
            fetched = true;
            return kinds;
        }
        finally
        {
            if (!fetched)
            {
                // A failed or cancelled fetch is not cached: the next lookup asks again.
                _byGroupVersion.TryRemove(new KeyValuePair<string, Lazy<Task<Dictionary<string, ApiResource>>>>(key, entry));
            }
        }
    }

    internal static Dictionary<string, ApiResource> Parse(string group, string version, string body)
    {
        var result = new Dictionary<string, ApiResource>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
        {
            return result;
        }
        foreach (var resource in resources.EnumerateArray())
        {
            var name = resource.TryGetProperty("name", out var n) ? n.GetString() : null;
            var kind = resource.TryGetProperty("kind", out var k) ? k.GetString() : null;
            // Sub-resources (pods/log, deployments/status) share the kind of their parent; only the parent is a type.
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(kind) || name.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }
            var namespaced = resource.TryGetProperty("namespaced", out var ns) && ns.ValueKind == JsonValueKind.True;
            result.TryAdd(kind, new ApiResource(new GroupVersionKind(group, version, kind), name, namespaced));
        }
        return result;
    }
}
