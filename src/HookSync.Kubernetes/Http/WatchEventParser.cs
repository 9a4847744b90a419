using System.Text.Json.Nodes;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>Parses one line of a watch stream: <c>{"type":"MODIFIED","object":{…}}</c>.</summary>
internal static class WatchEventParser
{
    /// <summary>The event, or an exception for an ERROR event (410 Gone when the resource version is too old).</summary>
    public static WatchEvent Parse(string line, GroupVersionKind gvk, ClusterErrors errors)
    {
        var root = JsonNode.Parse(line) as JsonObject
            ?? throw new ClusterException(ClusterFailureKind.Other, "a watch event is not a JSON object");
        var type = root["type"]?.GetValue<string>() ?? string.Empty;
        if (root["object"] is not JsonObject obj)
        {
            throw new ClusterException(ClusterFailureKind.Other, $"the watch event {type} carries no object");
        }
        root.Remove("object");
        if (type == "ERROR")
        {
            // The object of an ERROR event is a Status; its code says which failure it is (410 Expired → Gone).
            var code = obj["code"] is JsonValue c && c.TryGetValue<int>(out var n) ? n : 500;
            throw errors.FromStatus(code, obj.ToJsonString());
        }
        var eventType = type switch
        {
            "ADDED" => WatchEventType.Added,
            "MODIFIED" => WatchEventType.Modified,
            "DELETED" => WatchEventType.Deleted,
            "BOOKMARK" => WatchEventType.Bookmark,
            _ => throw new ClusterException(ClusterFailureKind.Other, $"unknown watch event type \"{type}\""),
        };
        // Bookmarks carry only metadata.resourceVersion; give them the kind so they wrap like any object.
        obj["apiVersion"] ??= gvk.ApiVersion;
        obj["kind"] ??= gvk.Kind;
        return new WatchEvent(eventType, KubeObject.Adopt(obj));
    }
}
