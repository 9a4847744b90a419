using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>The discovery documents: <c>/version</c>, <c>/api</c>, <c>/api/v1</c>, <c>/apis</c>, <c>/apis/{g}</c>, <c>/apis/{g}/{v}</c>.</summary>
internal static class Discovery
{
    /// <summary>Returns the document served at <paramref name="path"/>, or null when the path is not a discovery path.</summary>
    public static JsonObject? Document(string path, ResourceCatalog catalog, string serverAddress)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["version"] => Version(),
            ["api"] => new JsonObject
            {
                ["kind"] = "APIVersions",
                ["versions"] = new JsonArray("v1"),
                ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
            },
            ["api", "v1"] => ResourceList(catalog, "", "v1"),
            ["apis"] => new JsonObject
            {
                ["kind"] = "APIGroupList",
                ["apiVersion"] = "v1",
                ["groups"] = new JsonArray([.. catalog.Groups().Select(g => (JsonNode)Group(g.Group, g.Versions))]),
            },
            ["apis", var group] => catalog.Groups().FirstOrDefault(g => g.Group == group) is { Group: not null } found
                ? Group(found.Group, found.Versions).Also(o => { o["kind"] = "APIGroup"; o["apiVersion"] = "v1"; })
                : throw ApiException.Unserved(),
            ["apis", var group, var version] => ResourceList(catalog, group, version),
            _ => null,
        };
    }

    private static JsonObject Version() => new()
    {
        ["major"] = "1",
        ["minor"] = "32",
        ["gitVersion"] = "v1.32.0-hooksync-simulator",
        ["gitCommit"] = "0000000000000000000000000000000000000000",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2026-01-01T00:00:00Z",
        ["goVersion"] = "go1.23.0",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    private static JsonObject Group(string name, IReadOnlyList<string> versions)
    {
        JsonObject VersionEntry(string v) => new() { ["groupVersion"] = name + "/" + v, ["version"] = v };
        return new JsonObject
        {
            ["name"] = name,
            ["versions"] = new JsonArray([.. versions.Select(v => (JsonNode)VersionEntry(v))]),
            ["preferredVersion"] = VersionEntry(versions[0]),
        };
    }

    private static JsonObject ResourceList(ResourceCatalog catalog, string group, string version)
    {
        var types = catalog.Resources(group, version) ?? throw ApiException.Unserved();
        var resources = new JsonArray();
        foreach (var type in types)
        {
            var entry = new JsonObject
            {
                ["name"] = type.Name,
                ["singularName"] = type.SingularName,
                ["namespaced"] = type.Namespaced,
                ["kind"] = type.Kind,
                ["verbs"] = new JsonArray([.. ResourceType.AllVerbs.Select(v => (JsonNode)v)]),
            };
            if (type.ShortNames.Count > 0)
            {
                entry["shortNames"] = new JsonArray([.. type.ShortNames.Select(s => (JsonNode)s)]);
            }
            resources.Add((JsonNode)entry);
            if (type.HasStatus)
            {
                resources.Add((JsonNode)Subresource(type, "status", "get", "patch", "update"));
            }
            if (type is { Group: "", Name: "pods" })
            {
                resources.Add((JsonNode)Subresource(type, "log", "get"));
            }
        }
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : group + "/" + version,
            ["resources"] = resources,
        };
    }

    private static JsonObject Subresource(ResourceType type, string name, params string[] verbs) => new()
    {
        ["name"] = type.Name + "/" + name,
        ["singularName"] = "",
        ["namespaced"] = type.Namespaced,
        ["kind"] = name == "log" ? "Pod" : type.Kind,
        ["verbs"] = new JsonArray([.. verbs.Select(v => (JsonNode)v)]),
    };

    private static JsonObject Also(this JsonObject obj, Action<JsonObject> change)
    {
        change(obj);
        return obj;
    }
}
