namespace HookSync.Rendering.Text;

/// <summary>Splits a YAML stream into its documents by their <c>---</c> markers.</summary>
/// <remarks>
/// A line starting with <c>---</c> followed by a space or the line end is always a document marker in YAML (no scalar,
/// quoted or block, may contain one at column 0), so splitting on lines is exact and needs no YAML parser here; the
/// documents are parsed by HookSync.Manifests.
/// </remarks>
internal static class YamlStream
{
    public static IReadOnlyList<YamlChunk> Split(string text)
    {
        var chunks = new List<YamlChunk>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var current = new List<string>();
        var start = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsDocumentEnd(lines[i]))
            {
                Add(chunks, current, start);
                current = [];
                start = i + 2;
                continue;
            }
            if (IsDocumentStart(lines[i]))
            {
                Add(chunks, current, start);
                current = [];
                start = i + 2;
                // "--- value" keeps its content on the marker line; rendered output never does this, but stay correct.
                var rest = lines[i].Length > 3 ? lines[i][3..].Trim() : string.Empty;
                if (rest.Length > 0)
                {
                    current.Add(rest);
                    start = i + 1;
                }
                continue;
            }
            current.Add(lines[i]);
        }
        Add(chunks, current, start);
        return chunks;
    }

    private static bool IsDocumentStart(string line) =>
        line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t' or '\r');

    private static bool IsDocumentEnd(string line) =>
        line.StartsWith("...", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t' or '\r');

    private static void Add(List<YamlChunk> chunks, List<string> lines, int start)
    {
        var chunk = new YamlChunk(string.Join('\n', lines), start);
        if (!chunk.IsEmpty || chunk.Text.Contains("# Source:", StringComparison.Ordinal))
        {
            chunks.Add(chunk);
        }
    }
}
