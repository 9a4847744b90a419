using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSync.Simulator;

/// <summary>Small helpers to read and write Kubernetes objects held as JSON nodes.</summary>
internal static class JsonNodeExtensions
{
    public static JsonNode? At(this JsonNode? node, params string[] path)
    {
        foreach (var segment in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }
        return node;
    }

    public static string? Str(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static long? Long(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out long number) ? number
            : node.At(path) is JsonValue v2 && v2.TryGetValue(out int small) ? small : null;

    public static bool Bool(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>Returns the child object named <paramref name="name"/>, creating it when absent or not an object.</summary>
    public static JsonObject Obj(this JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    public static JsonObject Metadata(this JsonObject obj) => obj.Obj("metadata");

    public static JsonObject CloneObject(this JsonObject obj) => (JsonObject)obj.DeepClone();

    /// <summary>The value as the text a selector compares against (strings as-is, others as JSON).</summary>
    public static string? AsSelectorText(this JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    public static string Rfc3339(this DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Invariant(this long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(this int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>FNV-1a: a hash that is the same in every process (string.GetHashCode is randomised).</summary>
    public static uint StableHash(this string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}
