namespace HookSync.Simulator.Api;

/// <summary>A parsed resource URL: <c>/api/v1/namespaces/{ns}/pods/{name}/log</c> and its group variants.</summary>
internal sealed record ApiPath(ResourceType Type, string? Namespace, string? Name, string? Subresource)
{
    /// <summary>Parses a resource path, or throws the real server's 404 when nothing is served there.</summary>
    public static ApiPath Parse(string path, ResourceCatalog catalog)
    {
        var segments = path.Trim('/').Split('/');
        string group, version;
        string[] rest;
        if (segments is ["api", "v1", .. var coreRest] && coreRest.Length > 0)
        {
            (group, version, rest) = ("", "v1", coreRest);
        }
        else if (segments is ["apis", var g, var v, .. var groupRest] && groupRest.Length > 0)
        {
            (group, version, rest) = (g, v, groupRest);
        }
        else
        {
            throw ApiException.Unserved();
        }
        if (rest.Length >= 3 && rest[0] == "namespaces" && catalog.Find(group, version, rest[2]) is { Namespaced: true } namespacedType)
        {
            return Build(namespacedType, rest[1], rest[3..]);
        }
        var type = catalog.Find(group, version, rest[0]) ?? throw ApiException.Unserved();
        return Build(type, null, rest[1..]);
    }

    private static ApiPath Build(ResourceType type, string? ns, string[] tail)
    {
        var name = tail.Length > 0 ? Uri.UnescapeDataString(tail[0]) : null;
        var sub = tail.Length > 1 ? tail[1] : null;
        var subServed = sub switch
        {
            null => tail.Length <= 1,
            "status" => type.HasStatus && tail.Length == 2,
            "log" => type.Group.Length == 0 && type.Name == "pods" && tail.Length == 2,
            _ => false,
        };
        // A namespaced object addressed without its namespace is not served (except list/watch across namespaces).
        if (!subServed || (type.Namespaced && ns is null && name is not null) || name?.Length == 0)
        {
            throw ApiException.Unserved();
        }
        return new ApiPath(type, ns, name, sub);
    }
}
