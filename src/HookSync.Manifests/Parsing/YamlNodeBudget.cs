using System.Globalization;

namespace HookSync.Manifests.Parsing;

/// <summary>Counts the nodes a document expands to and its nesting, against <see cref="ManifestLoaderOptions"/>.</summary>
/// <remarks>Counting happens before an alias is copied, so a "billion laughs" document is refused after a few
/// thousand nodes instead of exhausting memory.</remarks>
internal sealed class YamlNodeBudget(ManifestLoaderOptions options)
{
    private long _aliasNodes;
    private long _aliasCharacters;

    /// <summary>Characters of scalar text counted so far (keys and values), alias expansions included.</summary>
    public long Characters { get; private set; }

    /// <summary>Counts the text of a scalar written in the document.</summary>
    public void AddCharacters(long count) => Characters += count;

    /// <summary>
    /// Counts the text an alias copies in; returns the problem when aliases expand past their limit. A few aliases
    /// of one long string produce gigabytes while adding only a few nodes, so nodes alone do not bound memory.
    /// </summary>
    public string? AddAliasCharacters(long count)
    {
        _aliasCharacters += count;
        Characters += count;
        return _aliasCharacters <= options.MaxAliasBytesPerDocument
            ? null
            : $"The aliases in this document expand to more than {Format(options.MaxAliasBytesPerDocument / (1024 * 1024))} MiB of text (an alias bomb); use fewer aliases of long values.";
    }

    /// <summary>Nodes counted so far, alias expansions included.</summary>
    public long Nodes { get; private set; }

    /// <summary>Counts parsed nodes; returns the problem when the document grows past the limit.</summary>
    public string? AddNodes(long count)
    {
        Nodes += count;
        return Nodes <= options.MaxNodesPerDocument
            ? null
            : $"This document has more than {Format(options.MaxNodesPerDocument)} nodes once aliases are expanded; split it or use fewer aliases.";
    }

    /// <summary>Counts the nodes an alias copies in; returns the problem when aliases expand past their limit.</summary>
    public string? AddAliasNodes(long count)
    {
        _aliasNodes += count;
        return _aliasNodes <= options.MaxAliasNodesPerDocument
            ? AddNodes(count)
            : $"The aliases in this document expand to more than {Format(options.MaxAliasNodesPerDocument)} nodes (an alias bomb); use fewer nested aliases.";
    }

    /// <summary>Returns the problem when a node would sit deeper than the limit.</summary>
    public string? CheckDepth(int depth) =>
        depth <= options.MaxDepth
            ? null
            : $"This document nests mappings and sequences more than {options.MaxDepth} levels deep; flatten it.";

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
