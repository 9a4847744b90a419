using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Simulator.Api;

namespace HookSync.Simulator.Apply;

/// <summary>JSON Patch (RFC 6902): add, remove, replace, copy, move and test, with JSON Pointer paths.</summary>
internal static class JsonPatch
{
    public static JsonObject Apply(JsonObject target, JsonArray operations)
    {
        var document = target.CloneObject();
        foreach (var operation in operations.OfType<JsonObject>())
        {
            var op = operation.Str("op");
            var path = operation.Str("path") ?? throw Invalid("missing path");
            switch (op)
            {
                case "add":
                    Add(document, path, operation["value"]?.DeepClone());
                    break;
                case "remove":
                    Remove(document, path);
                    break;
                case "replace":
                    Remove(document, path);
                    Add(document, path, operation["value"]?.DeepClone());
                    break;
                case "copy":
                    Add(document, path, Find(document, operation.Str("from") ?? "")?.DeepClone());
                    break;
                case "move":
                    var from = operation.Str("from") ?? "";
                    var moved = Find(document, from)?.DeepClone();
                    Remove(document, from);
                    Add(document, path, moved);
                    break;
                case "test":
                    if (!JsonNode.DeepEquals(Find(document, path), operation["value"]))
                    {
                        throw new ApiException(422, "Invalid", $"the server rejected our request due to an error in our request: testing value {path} failed");
                    }
                    break;
                default:
                    throw Invalid($"Unexpected kind: {op}");
            }
        }
        return document;
    }

    private static JsonNode? Find(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (var token in Tokens(pointer))
        {
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var child) => child,
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => throw Invalid($"doc is missing path: \"{pointer}\""),
            };
        }
        return node;
    }

    private static void Add(JsonObject root, string pointer, JsonNode? value)
    {
        var (parent, last) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array when last == "-":
                array.Add(value);
                break;
            case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= array.Count:
                array.Insert(i, value);
                break;
            default:
                throw Invalid($"doc is missing path: \"{pointer}\"");
        }
    }

    private static void Remove(JsonObject root, string pointer)
    {
        var (parent, last) = Parent(root, pointer);
        var removed = parent switch
        {
            JsonObject obj => obj.Remove(last),
            JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => RemoveAt(array, i),
            _ => false,
        };
        if (!removed)
        {
            throw Invalid($"doc is missing path: \"{pointer}\"");
        }
    }

    private static bool RemoveAt(JsonArray array, int index)
    {
        array.RemoveAt(index);
        return true;
    }

    private static (JsonNode? Parent, string Last) Parent(JsonObject root, string pointer)
    {
        var tokens = Tokens(pointer);
        if (tokens.Count == 0)
        {
            throw Invalid("the root of the document cannot be patched");
        }
        var parentPointer = "/" + string.Join("/", tokens.Take(tokens.Count - 1).Select(t => t.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
        return (tokens.Count == 1 ? root : Find(root, parentPointer), tokens[^1]);
    }

    private static List<string> Tokens(string pointer) =>
        [.. pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    private static ApiException Invalid(string message) => new(422, "Invalid", "the server rejected our request due to an error in our request: " + message);
}
