using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>REST paths of the Kubernetes API, relative to the server's base URI.</summary>
internal static class ApiPaths
{
    /// <summary><c>api/v1</c> for the core group, else <c>apis/{group}/{version}</c>.</summary>
    public static string GroupVersion(string group, string version) =>
        group.Length == 0 ? $"api/{Escape(version)}" : $"apis/{Escape(group)}/{Escape(version)}";

    /// <summary>The collection of a resource, in one namespace or across all (or cluster-scoped when not namespaced).</summary>
    public static string Collection(ApiResource resource, string? ns)
    {
        var root = GroupVersion(resource.Gvk.Group, resource.Gvk.Version);
        return resource.Namespaced && !string.IsNullOrEmpty(ns)
            ? $"{root}/namespaces/{Escape(ns)}/{Escape(resource.Plural)}"
            : $"{root}/{Escape(resource.Plural)}";
    }

    public static string PodLog(string ns, string pod) => $"api/v1/namespaces/{Escape(ns)}/pods/{Escape(pod)}/log";

    /// <summary>The core v1 Events about one object, by a field selector on its kind and name (values escaped as the server parses them).</summary>
    public static string Events(string ns, string kind, string name) =>
        $"api/v1/namespaces/{Escape(ns)}/events?fieldSelector={Escape($"involvedObject.kind={SelectorValue(kind)},involvedObject.name={SelectorValue(name)}")}";

    // A field selector value escapes '\', ',' and '=' with a backslash.
    private static string SelectorValue(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal);

    /// <summary>A watch on one object by name, from a resource version on, with bookmarks.</summary>
    public static string Watch(ApiResource resource, string ns, string name, string? resourceVersion, int timeoutSeconds)
    {
        var query = $"watch=true&fieldSelector={Escape("metadata.name=" + name)}&allowWatchBookmarks=true&timeoutSeconds={timeoutSeconds}";
        if (!string.IsNullOrEmpty(resourceVersion))
        {
            query += "&resourceVersion=" + Escape(resourceVersion);
        }
        return $"{Collection(resource, ns)}?{query}";
    }

    /// <summary>A watch on every object of a resource in one namespace (or cluster-wide), from a resource version on, with bookmarks.</summary>
    public static string WatchCollection(ApiResource resource, string ns, string? resourceVersion, int timeoutSeconds)
    {
        var query = $"watch=true&allowWatchBookmarks=true&timeoutSeconds={timeoutSeconds}";
        if (!string.IsNullOrEmpty(resourceVersion))
        {
            query += "&resourceVersion=" + Escape(resourceVersion);
        }
        return $"{Collection(resource, ns)}?{query}";
    }

    /// <summary>Escapes a value for a URL path segment or query value ('/', '?', '%', '#' and spaces included).</summary>
    public static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>
    /// Refuses a name or namespace that no escaping makes safe: an empty, "." or ".." segment is collapsed by URL
    /// normalization into another resource's path (".." of a ConfigMap names its namespace). The planner already rejects
    /// such names; this is the adapter's own guard, so nothing is sent.
    /// </summary>
    public static string RequireSegment(string value, string what)
    {
        if (value is "." or "..")
        {
            throw new ClusterException(ClusterFailureKind.Invalid, $"{what} \"{value}\" is not a valid name; nothing was sent");
        }
        return value;
    }
}
