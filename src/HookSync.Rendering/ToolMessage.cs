using System.Text;
using System.Text.RegularExpressions;

namespace HookSync.Rendering;

/// <summary>Turns a tool's standard error into one message, and finds the source file (and line) it complains about.</summary>
internal static partial class ToolMessage
{
    private const int MaxLength = 2000;
    private const int MaxLines = 8;

    /// <summary>The tool's own words: its <c>Error:</c> lines (or kubectl's <c>err="…"</c>), else its last lines.</summary>
    public static string Describe(string stderr)
    {
        var lines = stderr.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var picked = new List<string>();
        foreach (var line in lines)
        {
            // kubectl logs through klog: 'E1203 08:57:01.134397 19248 run.go:72] "command failed" err="…"'.
            var klog = KlogError().Match(line);
            if (klog.Success)
            {
                picked.Add(Unquote(klog.Groups["err"].Value));
            }
            else if (line.StartsWith("Error:", StringComparison.Ordinal) || line.StartsWith("error:", StringComparison.Ordinal))
            {
                picked.Add(line);
            }
        }
        if (picked.Count == 0)
        {
            picked = lines.TakeLast(MaxLines).ToList();
        }
        var text = string.Join(" | ", picked.Take(MaxLines));
        return text.Length > MaxLength ? text[..MaxLength] + " …" : text;
    }

    /// <summary>The first file the message names that exists inside the workspace, as a workspace-relative path and line.</summary>
    /// <param name="message">The tool's message.</param>
    /// <param name="workspace">The absolute workspace root.</param>
    /// <param name="directories">Directories a relative path in the message may be relative to, most likely first.</param>
    public static (string File, int Line)? NamedFile(string message, string workspace, IReadOnlyList<string> directories)
    {
        foreach (Match match in FileMention().Matches(message))
        {
            var path = match.Groups["path"].Value;
            var line = match.Groups["line"].Success && int.TryParse(match.Groups["line"].Value, out var l) && l > 0 ? l : 1;
            foreach (var candidate in Candidates(path, directories))
            {
                var full = Path.GetFullPath(candidate);
                var relative = Path.GetRelativePath(workspace, full);
                if (File.Exists(full) && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                {
                    return (relative.Replace('\\', '/'), line);
                }
            }
        }
        return null;
    }

    private static IEnumerable<string> Candidates(string path, IReadOnlyList<string> directories)
    {
        if (Path.IsPathRooted(path))
        {
            yield return path;
            yield break;
        }
        foreach (var dir in directories)
        {
            yield return Path.Combine(dir, path);
            // Helm names templates "<chart name>/templates/x.yaml"; the chart's directory may be named otherwise.
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0)
            {
                yield return Path.Combine(dir, path[(slash + 1)..]);
            }
        }
    }

    private static string Unquote(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                sb.Append(value[i] switch { 'n' => ' ', 't' => ' ', var c => c });
                continue;
            }
            sb.Append(value[i]);
        }
        return sb.ToString();
    }

    [GeneratedRegex(""""\berr="(?<err>(?:[^"\\]|\\.)*)"""")]
    private static partial Regex KlogError();

    [GeneratedRegex("""(?<path>(?:/|\.{1,2}/)?[\w.\-]+(?:/[\w.\-]+)*\.(?:jsonnet|libsonnet|json|ya?ml|tpl))(?!\w)(?::(?<line>\d+))?""")]
    private static partial Regex FileMention();
}
