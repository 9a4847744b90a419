namespace HookSync.Rendering.Kustomize;

/// <summary>
/// Reads and removes the <c>config.kubernetes.io/origin</c> annotation that <c>buildMetadata: [originAnnotations]</c> adds
/// to every object kustomize renders. It only tells where the object came from: it must never reach the cluster.
/// </summary>
/// <remarks>
/// kustomize prints its output in one normalised form (two-space indents, the annotation as a literal block), so the
/// annotation is removed line by line; an <c>annotations:</c> mapping left empty is removed with it, so the object is
/// exactly what plain <c>kustomize build</c> prints.
/// </remarks>
internal static class OriginAnnotation
{
    public const string Key = "config.kubernetes.io/origin";

    /// <summary>
    /// The document without the annotation, and the origin's <c>path</c> (a resource) or <c>configuredIn</c> (a generator);
    /// both null for a remote base (<c>repo:</c>), whose paths are inside another repository.
    /// </summary>
    public static (string Yaml, string? Path, string? ConfiguredIn) Strip(string[] lines)
    {
        var kept = new List<string>(lines.Length);
        string? path = null;
        string? configuredIn = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (!trimmed.StartsWith(Key + ":", StringComparison.Ordinal))
            {
                kept.Add(lines[i]);
                continue;
            }
            var indent = lines[i].Length - trimmed.Length;
            var block = new List<string>();
            while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || Indent(lines[i + 1]) > indent))
            {
                block.Add(lines[++i].Trim());
            }
            var remote = Field(block, "repo") is not null;
            path = remote ? null : Field(block, "path") ?? path;
            configuredIn = remote ? null : Field(block, "configuredIn") ?? configuredIn;
            var siblingFollows = i + 1 < lines.Length && Indent(lines[i + 1]) == indent && lines[i + 1].Trim().Length > 0;
            if (!siblingFollows)
            {
                RemoveEmptyParent(kept, indent);
            }
        }
        return (string.Join('\n', kept), path, configuredIn);
    }

    // "annotations:" whose only entry was the origin would become null; plain kustomize output has no such key.
    private static void RemoveEmptyParent(List<string> kept, int childIndent)
    {
        if (kept.Count == 0)
        {
            return;
        }
        var parent = kept[^1];
        if (parent.TrimStart() == "annotations:" && Indent(parent) < childIndent)
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    private static string? Field(List<string> block, string name)
    {
        var line = block.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }
        var value = line[(name.Length + 1)..].Trim();
        if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
        {
            value = value[1..^1];
        }
        return value.Length == 0 ? null : value;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;
}
