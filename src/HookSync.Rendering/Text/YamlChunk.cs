namespace HookSync.Rendering.Text;

/// <summary>One document of a YAML stream, as text, with the 1-based line of the stream it starts at.</summary>
/// <param name="Text">The document's lines, without the <c>---</c> marker.</param>
/// <param name="StartLine">The stream line of the document's first line.</param>
internal sealed record YamlChunk(string Text, int StartLine)
{
    /// <summary>The lines of the document.</summary>
    public string[] Lines => Text.Split('\n');

    /// <summary>True when the document holds nothing but blank lines and comments (a template that rendered to nothing).</summary>
    public bool IsEmpty => Lines.All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#'));

    /// <summary>The 1-based offset, within the document, of its first line that is neither blank, a comment nor a template directive.</summary>
    public int FirstContentOffset
    {
        get
        {
            var lines = Lines;
            for (var i = 0; i < lines.Length; i++)
            {
                var trimmed = lines[i].Trim();
                // "{{- if .Values.x }}" heads many Helm templates; the object starts below it.
                var directive = trimmed.StartsWith("{{", StringComparison.Ordinal) && trimmed.EndsWith("}}", StringComparison.Ordinal);
                if (trimmed.Length > 0 && !trimmed.StartsWith('#') && !directive)
                {
                    return i + 1;
                }
            }
            return 1;
        }
    }
}
