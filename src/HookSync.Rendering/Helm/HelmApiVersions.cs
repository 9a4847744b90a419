using HookSync.Core.Ports;

namespace HookSync.Rendering.Helm;

/// <summary>The <c>--api-versions</c> list from a discovery snapshot: what <c>.Capabilities.APIVersions.Has</c> tests for.</summary>
public static class HelmApiVersions
{
    /// <summary>Every served <c>group/version</c> (<c>v1</c> for the core group) and <c>group/version/Kind</c>, sorted and distinct.</summary>
    public static IReadOnlyList<string> FromDiscovery(IEnumerable<ApiResource> resources)
    {
        var versions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            versions.Add(resource.Gvk.ApiVersion);
            versions.Add(resource.Gvk.ToString());
        }
        return [.. versions];
    }
}
