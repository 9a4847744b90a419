namespace HookSync.Manifests;

/// <summary>Resource limits that keep a hostile or accidental input from exhausting memory or time.</summary>
/// <param name="MaxFileBytes">Largest file read; larger files are an error (default 50 MiB).</param>
/// <param name="MaxNodesPerDocument">Most YAML nodes one document may expand to, aliases included.</param>
/// <param name="MaxAliasNodesPerDocument">Most nodes that alias and merge-key expansion may add to one document ("billion laughs").</param>
/// <param name="MaxDepth">Deepest nesting of mappings and sequences in one document.</param>
/// <param name="MaxAliasBytesPerDocument">Most scalar text (in characters) that alias and merge-key expansion may add to one document (default 16 MiB).</param>
/// <param name="MaxDocuments">Most documents read in one load, all files together.</param>
/// <param name="MaxTotalBytes">Most bytes read in one load, all files together (default 256 MiB).</param>
public sealed record ManifestLoaderOptions(
    long MaxFileBytes = 50L * 1024 * 1024,
    long MaxNodesPerDocument = 1_000_000,
    long MaxAliasNodesPerDocument = 100_000,
    int MaxDepth = 200,
    long MaxAliasBytesPerDocument = 16L * 1024 * 1024,
    int MaxDocuments = 100_000,
    long MaxTotalBytes = 256L * 1024 * 1024)
{
    /// <summary>The defaults described on each parameter.</summary>
    public static ManifestLoaderOptions Default { get; } = new();
}
