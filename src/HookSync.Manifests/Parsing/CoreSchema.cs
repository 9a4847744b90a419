using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HookSync.Manifests.Parsing;

/// <summary>Resolves YAML scalars to JSON values with the YAML 1.2 core schema: only plain scalars become numbers, booleans or null.</summary>
internal static partial class CoreSchema
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    /// <summary>Converts a scalar; returns false with a message when an explicit tag does not fit the value.</summary>
    public static bool TryResolve(Scalar scalar, out JsonNode? node, out string? error)
    {
        error = null;
        var value = scalar.Value;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            return TryResolveTagged(scalar.Tag.Value, value, out node, out error);
        }
        node = scalar.Style == ScalarStyle.Plain ? ResolvePlain(value) : JsonValue.Create(value);
        return true;
    }

    /// <summary>Plain-scalar resolution: null, bool, int, float, else string.</summary>
    public static JsonNode? ResolvePlain(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }
        switch (value)
        {
            case "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }
        var first = value[0];
        // Cheap guard: most scalars are names and text, and never need the number patterns.
        if (!char.IsAsciiDigit(first) && first is not ('-' or '+' or '.'))
        {
            return JsonValue.Create(value);
        }
        return TryInteger(value, out var integer) ? JsonValue.Create(integer)
            : FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? JsonValue.Create(real)
            : JsonValue.Create(value);
    }

    private static bool TryInteger(string value, out long result)
    {
        result = 0;
        if (value.StartsWith("0x", StringComparison.Ordinal))
        {
            return value.Length > 2 && long.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out result) && result >= 0;
        }
        if (value.StartsWith("0o", StringComparison.Ordinal))
        {
            return TryOctal(value.AsSpan(2), out result);
        }
        if (!DecimalPattern().IsMatch(value))
        {
            return false;
        }
        // kubectl reads YAML 1.1 here: `defaultMode: 0644` is octal 420 there, and a decimal 644 would be
        // rejected by the API server, so a leading-zero integer of octal digits stays octal.
        if (value.Length > 1 && value[0] == '0' && TryOctal(value.AsSpan(1), out result))
        {
            return true;
        }
        return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    private static bool TryOctal(ReadOnlySpan<char> digits, out long result)
    {
        result = 0;
        if (digits.IsEmpty || digits.Length > 20)
        {
            return false;
        }
        foreach (var digit in digits)
        {
            if (digit is < '0' or > '7')
            {
                return false;
            }
            result = (result * 8) + (digit - '0');
        }
        return result >= 0;
    }

    private static bool TryResolveTagged(string tag, string value, out JsonNode? node, out string? error)
    {
        error = null;
        node = null;
        switch (tag)
        {
            case TagPrefix + "null":
                return true;
            case TagPrefix + "bool":
                node = ResolvePlain(value) is JsonValue b && b.TryGetValue<bool>(out var flag) ? JsonValue.Create(flag) : null;
                error = node is null ? $"the value \"{value}\" is tagged !!bool but is not true or false" : null;
                return node is not null;
            case TagPrefix + "int":
                node = TryInteger(value, out var integer) ? JsonValue.Create(integer) : null;
                error = node is null ? $"the value \"{value}\" is tagged !!int but is not an integer" : null;
                return node is not null;
            case TagPrefix + "float":
                node = TryInteger(value, out var whole) ? JsonValue.Create((double)whole)
                    : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? JsonValue.Create(real)
                    : null;
                error = node is null ? $"the value \"{value}\" is tagged !!float but is not a number" : null;
                return node is not null;
            default:
                // !!str, !!binary, !!timestamp and application tags: Kubernetes fields hold them as text.
                node = JsonValue.Create(value);
                return true;
        }
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
