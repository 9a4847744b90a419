using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSync.Core.Artifacts;

/// <summary>
/// Writes a JSON tree as block-style YAML for people to read (kubectl's layout). Every string is a double-quoted scalar with
/// JSON escapes, which YAML reads the same way, so no value can start a comment, an anchor, a tag or a new document.
/// </summary>
public static class YamlText
{
    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        if (node is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            WriteBlock(text, node, 0);
        }
        else
        {
            text.Append(Scalar(node)).Append('\n');
        }
        return text.ToString();
    }

    private static void WriteBlock(StringBuilder text, JsonNode node, int indent)
    {
        var pad = new string(' ', indent);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                text.Append(pad).Append(Quote(key)).Append(':');
                WriteValue(text, value, indent + 2);
            }
            return;
        }
        foreach (var item in (JsonArray)node)
        {
            if (item is JsonObject { Count: > 0 } entry)
            {
                // kubectl's compact form: the entry's first key on the dash's line.
                var block = new StringBuilder();
                WriteBlock(block, entry, indent + 2);
                text.Append(pad).Append("- ").Append(block.ToString(indent + 2, block.Length - indent - 2));
                continue;
            }
            text.Append(pad).Append('-');
            WriteValue(text, item, indent + 2);
        }
    }

    private static void WriteValue(StringBuilder text, JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            text.Append('\n');
            WriteBlock(text, value, indent);
        }
        else
        {
            text.Append(' ').Append(Scalar(value)).Append('\n');
        }
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Quote(value.GetValue<string>()),
        JsonValue value when value.GetValueKind() is JsonValueKind.True => "true",
        JsonValue value when value.GetValueKind() is JsonValueKind.False => "false",
        _ => node.ToJsonString(),
    };

    // A plain key is kept plain when it is an ordinary name (most are), so the file reads like kubectl's output.
    private static string Quote(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/')
            && text.ToLowerInvariant() is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "y" or "n")
            ? text
            : JsonQuoted(text);

    // Utf8JsonWriter, not JsonSerializer: the CLI is trimmed and AOT-compiled.
    private static string JsonQuoted(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStringValue(text);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
