using YamlDotNet.RepresentationModel;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>Small accessors over YamlDotNet's node model for the packaging YAML files.</summary>
internal static class YamlFile
{
    public static IReadOnlyList<YamlMappingNode> LoadDocuments(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    public static YamlMappingNode Map(this YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static YamlSequenceNode Seq(this YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[new YamlScalarNode(key)];

    public static string? Scalar(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    public static bool Has(this YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    public static IReadOnlyList<string> Keys(this YamlMappingNode node) =>
        node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    public static IReadOnlyList<string> Scalars(this YamlSequenceNode node) =>
        node.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList();
}
