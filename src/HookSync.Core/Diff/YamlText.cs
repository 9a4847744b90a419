using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSync.Core.Diff;

/// <summary>
/// JSON to YAML lines, deterministic: keys sorted by ordinal (as kubectl prints a diff), sequences at their key's indent
/// (sigs.k8s.io/yaml style), a string quoted whenever YAML would read it as something else, multi-line strings as
/// literal blocks so a changed line of a ConfigMap value diffs as one line. Pure, so the diff needs no YAML library.
/// </summary>
public static class YamlText
{
    /// <summary>The YAML lines of <paramref name="node"/>, without a trailing newline or a document marker.</summary>
    public static IReadOnlyList<string> Lines(JsonNode? node)
    {
        var lines = new List<string>();
        Emit(node, 0, lines);
        return lines;
    }

    private static void Emit(JsonNode? node, int indent, List<string> lines)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject { Count: > 0 } map:
                foreach (var (key, value) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    EmitEntry(pad + Scalar(key) + ":", value, indent, lines);
                }
                break;
            case JsonArray { Count: > 0 } list:
                foreach (var item in list)
                {
                    EmitItem(item, indent, lines);
                }
                break;
            default:
                if (BlockLines(node) is { } block)
                {
                    lines.Add(pad + block.Header);
                    lines.AddRange(block.Body.Select(l => l.Length == 0 ? l : pad + "  " + l));
                }
                else
                {
                    lines.Add(pad + Inline(node));
                }
                break;
        }
    }

    private static void EmitEntry(string prefix, JsonNode? value, int indent, List<string> lines)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 }:
                lines.Add(prefix);
                Emit(value, indent + 2, lines);
                break;
            case JsonArray { Count: > 0 }:
                lines.Add(prefix);
                Emit(value, indent, lines);
                break;
            default:
                if (BlockLines(value) is { } block)
                {
                    lines.Add(prefix + " " + block.Header);
                    var pad = new string(' ', indent + 2);
                    lines.AddRange(block.Body.Select(l => l.Length == 0 ? l : pad + l));
                }
                else
                {
                    lines.Add(prefix + " " + Inline(value));
                }
                break;
        }
    }

    // The item is laid out two columns in, then its first line takes the "- " in those two columns.
    private static void EmitItem(JsonNode? item, int indent, List<string> lines)
    {
        var nested = new List<string>();
        Emit(item, indent + 2, nested);
        nested[0] = new string(' ', indent) + "- " + nested[0][(indent + 2)..];
        lines.AddRange(nested);
    }

    private static string Inline(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => Scalar(value.GetValue<string>()),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            _ => value.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    private static (string Header, IReadOnlyList<string> Body)? BlockLines(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }
        var text = value.GetValue<string>();
        // A literal block holds printable text only; a leading space would need an indentation indicator: quote instead.
        if (!text.Contains('\n') || text.StartsWith(' ') || text.Any(c => char.IsControl(c) && c != '\n') || text.Contains(" \n", StringComparison.Ordinal))
        {
            return null;
        }
        var body = text.TrimEnd('\n');
        var trailing = text.Length - body.Length;
        var chomp = trailing switch { 0 => "-", 1 => string.Empty, _ => "+" };
        var lines = body.Split('\n').ToList();
        for (var i = 1; i < trailing; i++)
        {
            lines.Add(string.Empty);
        }
        return ("|" + chomp, lines);
    }

    /// <summary>A string as a plain scalar when YAML reads it back as the same string, else double-quoted (JSON escapes are valid YAML).</summary>
    public static string Scalar(string text) => NeedsQuotes(text) ? Quote(text) : text;

    private static bool NeedsQuotes(string text)
    {
        if (text.Length == 0 || text != text.Trim() || "-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal))
        {
            return true;
        }
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':')
            || text.Any(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\ufeff'))
        {
            return true;
        }
        return IsOtherType(text);
    }

    // YAML 1.1 and 1.2 readers differ (yes/no/on/off), so anything either reads as a bool, null or number is quoted.
    private static bool IsOtherType(string text)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "~" or ".inf" or "-.inf" or "+.inf" or ".nan":
                return true;
        }
        var numeric = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (double.TryParse(numeric, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return true;
        }
        return numeric.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || numeric.StartsWith("0o", StringComparison.OrdinalIgnoreCase)
            || (numeric.Contains(':') && numeric.All(c => char.IsAsciiDigit(c) || c is ':' or '.'));
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\ufeff')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
