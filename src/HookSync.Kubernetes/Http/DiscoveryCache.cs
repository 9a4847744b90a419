using System.Collections.Concurrent;
using System.Text.Json;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>Discovery per group/version (kind → plural and scope), cached until invalidated.</summary>
/// <remarks>There is no REST mapper in the client and plurals cannot be guessed (Ingress → ingresses), spike §3.</remarks>
internal sealed class DiscoveryCache(Func<string, CancellationToken, Task<string?>> fetchAsync)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, ApiResource>> _byGroupVersion = new(StringComparer.Ordinal);

    public async Task<ApiResource?> FindAsync(GroupVersionKind gvk, CancellationToken cancellationToken)
    {
        var key = gvk.ApiVersion;
        if (!_byGroupVersion.TryGetValue(key, out var kinds))
        {
            // fetchAsync answers null for a group/version the server does not serve (404); that is cached too.
            var body = await fetchAsync(ApiPaths.GroupVersion(gvk.Group, gvk.Version), cancellationToken).ConfigureAwait(false);
            kinds = body is null ? new Dictionary<string, ApiResource>() : Parse(gvk.Group, gvk.Version, body);
            _byGroupVersion[key] = kinds;
        }
        return kinds.GetValueOrDefault(gvk.Kind);
    }

    public void Clear() => _byGroupVersion.Clear();

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
