using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSync.Core.Diagnosis;

/// <summary>Tolerant reads of server JSON for the classifier: a missing or odd field is null, never an exception.</summary>
internal static class Json
{
    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var step in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(step, out node))
            {
                return null;
            }
        }
        return node;
    }

    public static string? Str(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static long? Long(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && long.TryParse(v.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;

    public static IEnumerable<JsonObject> Objects(JsonNode? node, params string[] path) =>
        (At(node, path) as JsonArray)?.OfType<JsonObject>() ?? [];

    public static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
