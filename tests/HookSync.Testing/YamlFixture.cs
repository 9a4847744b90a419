using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HookSync.Testing;

/// <summary>Loads a single-document YAML fixture as a <see cref="KubeObject"/>, typing plain scalars like Kubernetes' YAML→JSON step.</summary>
public static class YamlFixture
{
    /// <summary>Reads the first YAML document of <paramref name="path"/> as an object.</summary>
    public static KubeObject Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the first YAML document of <paramref name="yaml"/> as an object.</summary>
    public static KubeObject Parse(string yaml)
    {
        // The event parser, not YamlStream: some Argo fixtures repeat a key, which Kubernetes' YAML→JSON step
        // accepts (the last value wins) and YamlDotNet's representation model rejects.
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _) || ReadNode(parser) is not JsonObject root)
        {
            throw new FormatException("the YAML fixture does not hold a mapping");
        }
        return KubeObject.Adopt(root);
    }

    private static JsonNode? ReadNode(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return ToValue(scalar);
        }
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser));
            }
            return array;
        }
        if (parser.TryConsume<MappingStart>(out _))
        {
            var obj = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                obj[key] = ReadNode(parser);
            }
            return obj;
        }
        throw new FormatException($"unsupported YAML event {parser.Current} (aliases are not used by fixtures)");
    }

    private static JsonNode? ToValue(Scalar scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(bool.Parse(text));
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            return JsonValue.Create(real);
        }
        return JsonValue.Create(text);
    }
}
