using System.Text.Json;

namespace HookSync.Manifests.Parsing;

/// <summary>Finds the start lines of the tracked JSON nodes, which <see cref="System.Text.Json.Nodes.JsonNode"/> does not keep.</summary>
internal static class JsonLineScanner
{
    /// <summary>Scans JSON (throwing <see cref="JsonException"/> when it is invalid); returns the line map, the line of the first token and the first duplicate key.</summary>
    public static LineMap Scan(ReadOnlySpan<byte> utf8, int maxDepth, out int rootLine, out (string Key, int Line)? duplicate)
    {
        duplicate = null;
        var lines = new LineMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var containers = new Stack<Container>();
        var line = 1;
        var counted = 0;
        rootLine = 1;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8[counted..start].Count((byte)'\n');
            counted = start;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var container = containers.Peek();
                container.Property = reader.GetString() ?? string.Empty;
                // System.Text.Json can reject duplicates too, but without a line number.
                if (!container.Keys.Add(container.Property))
                {
                    duplicate ??= (container.Property, line);
                }
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }
            string? key;
            if (containers.TryPeek(out var parent))
            {
                key = parent.IsArray
                    ? LineMap.ChildKey(parent.Key, parent.Depth, parent.NextIndex++)
                    : LineMap.ChildKey(parent.Key, parent.Depth, parent.Property ?? string.Empty);
                if (key is not null)
                {
                    lines.Record(key, line);
                }
            }
            else
            {
                key = LineMap.RootKey;
                rootLine = line;
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push(new Container(key, reader.TokenType == JsonTokenType.StartArray, containers.Count));
            }
        }
        return lines;
    }

    private sealed class Container(string? key, bool isArray, int depth)
    {
        public string? Key { get; } = key;

        public bool IsArray { get; } = isArray;

        public int Depth { get; } = depth;

        public string? Property { get; set; }

        public int NextIndex { get; set; }

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
