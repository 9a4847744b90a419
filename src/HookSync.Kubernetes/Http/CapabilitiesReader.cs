using System.Text.Json;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>Walks discovery (<c>/api</c>, <c>/apis</c>, every group/version) and reads <c>/version</c>, as <c>helm template</c> on a cluster would.</summary>
internal static class CapabilitiesReader
{
    public static async Task<ClusterCapabilities> ReadAsync(Func<string, CancellationToken, Task<string?>> fetchAsync, CancellationToken cancellationToken)
    {
        var groupVersions = new List<(string Group, string Version)>();
        if (await fetchAsync("api", cancellationToken).ConfigureAwait(false) is { } core)
        {
            groupVersions.AddRange(Strings(core, "versions").Select(v => (string.Empty, v)));
        }
        if (await fetchAsync("apis", cancellationToken).ConfigureAwait(false) is { } apis)
        {
            groupVersions.AddRange(GroupVersions(apis));
        }
        var resources = new List<ApiResource>();
        foreach (var (group, version) in groupVersions.Distinct())
        {
            if (await fetchAsync(ApiPaths.GroupVersion(group, version), cancellationToken).ConfigureAwait(false) is { } body)
            {
                resources.AddRange(DiscoveryCache.Parse(group, version, body).Values);
            }
        }
        string? kubeVersion = null;
        if (await fetchAsync("version", cancellationToken).ConfigureAwait(false) is { } versionBody)
        {
            using var document = JsonDocument.Parse(versionBody);
            kubeVersion = document.RootElement.TryGetProperty("gitVersion", out var git) && git.ValueKind == JsonValueKind.String ? git.GetString() : null;
        }
        return new ClusterCapabilities(resources, kubeVersion);
    }

    private static List<string> Strings(string body, string property)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
    }

    private static List<(string Group, string Version)> GroupVersions(string body)
    {
        using var document = JsonDocument.Parse(body);
        var result = new List<(string, string)>();
        if (!document.RootElement.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array)
        {
            return result;
        }
        foreach (var group in groups.EnumerateArray())
        {
            if (!group.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var entry in versions.EnumerateArray())
            {
                var groupVersion = entry.TryGetProperty("groupVersion", out var gv) ? gv.GetString() : null;
                var slash = groupVersion?.IndexOf('/', StringComparison.Ordinal) ?? -1;
                if (slash > 0)
                {
                    result.Add((groupVersion![..slash], groupVersion[(slash + 1)..]));
                }
            }
        }
        return result;
    }
}
