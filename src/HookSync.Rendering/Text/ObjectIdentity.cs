namespace HookSync.Rendering.Text;

/// <summary>The kind and <c>metadata.name</c> of a YAML document, read from its top-level lines.</summary>
/// <remarks>
/// Good enough to find which document of a base file an object came from; it is a hint for the line number only, so a
/// document it cannot read (flow style, anchors) simply points at the start of the file.
/// </remarks>
internal sealed record ObjectIdentity(string? Kind, string? Name)
{
    public static ObjectIdentity Read(string[] lines)
    {
        string? kind = null;
        string? name = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("kind:", StringComparison.Ordinal))
            {
                kind = Scalar(line["kind:".Length..]);
            }
            else if (line.StartsWith("metadata:", StringComparison.Ordinal))
            {
                name ??= ChildScalar(lines, i, "name");
            }
        }
        return new ObjectIdentity(kind, name);
    }

    private static string? ChildScalar(string[] lines, int parent, string key)
    {
        int? indent = null;
        for (var i = parent + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            var depth = line.Length - trimmed.Length;
            if (depth == 0)
            {
                return null;
            }
            indent ??= depth;
            if (depth == indent && trimmed.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return Scalar(trimmed[(key.Length + 1)..]);
            }
        }
        return null;
    }

    private static string? Scalar(string value)
    {
        var text = value.Trim();
        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0)
        {
            text = text[..comment].TrimEnd();
        }
        if (text.Length >= 2 && (text[0] is '"' or '\'') && text[^1] == text[0])
        {
            text = text[1..^1];
        }
        return text.Length == 0 ? null : text;
    }
}
