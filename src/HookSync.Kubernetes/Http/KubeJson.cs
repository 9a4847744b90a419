using System.Text.Json;
using System.Text.Json.Nodes;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>Converts the client's untyped results (JsonElement) and raw bodies into Core objects.</summary>
internal static class KubeJson
{
    public static KubeObject ToObject(object? body) => body switch
    {
        JsonElement element => ToObject(element.GetRawText()),
        string text => ToObject(text),
        _ => throw new ClusterException(ClusterFailureKind.Other, $"the server answered with an unexpected body ({body?.GetType().Name ?? "none"})"),
    };

    public static KubeObject ToObject(string json) => Adopted(JsonNode.Parse(json));

    /// <summary>Parses a UTF-8 JSON body holding one object.</summary>
    public static KubeObject ToObject(byte[] utf8Json)
    {
        try
        {
            return Adopted(JsonNode.Parse(utf8Json));
        }
        catch (JsonException)
        {
            throw new ClusterException(ClusterFailureKind.Other, "the server answered with a body that is not JSON");
        }
    }

    private static KubeObject Adopted(JsonNode? node) =>
        node is JsonObject root
            ? KubeObject.Adopt(root)
            : throw new ClusterException(ClusterFailureKind.Other, "the server answered with a body that is not a JSON object");

    /// <summary>Reads a List; items lack apiVersion and kind on the wire, so they are filled in from <paramref name="gvk"/>.</summary>
    public static ObjectList ToList(object? body, GroupVersionKind gvk)
    {
        var list = body is JsonElement element
            ? JsonNode.Parse(element.GetRawText()) as JsonObject
            : null;
        if (list is null)
        {
            throw new ClusterException(ClusterFailureKind.Other, "the server answered a list call with a body that is not a list");
        }
        var items = new List<KubeObject>();
        if (list["items"] is JsonArray array)
        {
            foreach (var node in array)
            {
                if (node is JsonObject item)
                {
                    var copy = (JsonObject)item.DeepClone();
                    copy["apiVersion"] ??= gvk.ApiVersion;
                    copy["kind"] ??= gvk.Kind;
                    items.Add(KubeObject.Adopt(copy));
                }
            }
        }
        var resourceVersion = (list["metadata"] as JsonObject)?["resourceVersion"]?.GetValue<string>() ?? string.Empty;
        return new ObjectList(items, resourceVersion);
    }

    /// <summary>Reads an EventList body; items get apiVersion v1 and kind Event.</summary>
    public static IReadOnlyList<KubeObject> ToEvents(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return ToList(document.RootElement.Clone(), new GroupVersionKind(string.Empty, "v1", "Event")).Items;
        }
        catch (JsonException)
        {
            throw new ClusterException(ClusterFailureKind.Other, "the server answered an event list with a body that is not JSON");
        }
    }

    /// <summary>A copy without <c>metadata.namespace</c>: a cluster-scoped object must not carry one in its URL or body.</summary>
    public static KubeObject WithoutNamespace(KubeObject obj) =>
        obj.Namespace.Length == 0 ? obj : obj.With(root => (root["metadata"] as JsonObject)?.Remove("namespace"));
}
