namespace HookSync.Testing;

/// <summary>Reads a <c>GITHUB_OUTPUT</c> file the way the runner does: <c>name=value</c> lines and <c>name&lt;&lt;DELIM</c> heredocs.</summary>
public static class GitHubOutputFile
{
    /// <summary>Parses the file; the last value of a repeated name wins, as on the runner.</summary>
    /// <exception cref="FormatException">A line is neither form, a delimiter is missing, or the file has a BOM.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string path) => ParseText(File.ReadAllText(path));

    public static IReadOnlyDictionary<string, string> ParseText(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            throw new FormatException("the output file starts with a byte-order mark");
        }
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        // A file ending in a newline splits into a last empty element, which is not a line.
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            if (heredoc >= 0 && (equals < 0 || heredoc < equals))
            {
                var name = line[..heredoc];
                var delimiter = line[(heredoc + 2)..];
                if (name.Length == 0 || delimiter.Length == 0)
                {
                    throw new FormatException($"invalid heredoc line {i + 1}: {line}");
                }
                var value = new List<string>();
                var closed = false;
                for (i++; i < count; i++)
                {
                    if (lines[i].TrimEnd('\r') == delimiter)
                    {
                        closed = true;
                        break;
                    }
                    value.Add(lines[i].TrimEnd('\r'));
                }
                if (!closed)
                {
                    throw new FormatException($"Matching delimiter not found '{delimiter}'");
                }
                outputs[name] = string.Join("\n", value);
            }
            else if (equals > 0)
            {
                outputs[line[..equals]] = line[(equals + 1)..];
            }
            else
            {
                throw new FormatException($"invalid line {i + 1}: {line}");
            }
        }
        return outputs;
    }
}
