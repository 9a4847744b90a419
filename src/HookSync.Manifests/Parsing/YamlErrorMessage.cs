using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace HookSync.Manifests.Parsing;

/// <summary>Turns a YamlDotNet syntax error into the line a user should look at and one sentence with the likely fix.</summary>
internal static partial class YamlErrorMessage
{
    public static (int Line, string Message) Describe(YamlException ex, string text)
    {
        var problem = PositionPrefix().Replace(ex.Message, string.Empty).Trim().TrimEnd('.');
        if (problem.Length > 0)
        {
            problem = char.ToLowerInvariant(problem[0]) + problem[1..];
        }
        var lines = text.Split('\n');
        var line = (int)Math.Max(1, ex.Start.Line);
        var column = ex.Start.Column;
        if (problem.Contains("tab", StringComparison.Ordinal))
        {
            // YamlDotNet reports the start of the enclosing mapping; the tab itself is what needs fixing.
            line = FirstTabIndentedLine(lines, line) ?? line;
            column = 1;
        }
        // An unclosed bracket is only noticed at the end of the file; point at the last line with content.
        var lastLine = LastLineWithContent(lines);
        if (line > lastLine)
        {
            line = lastLine;
            column = lines[lastLine - 1].TrimEnd().Length;
        }
        return (line, $"Invalid YAML: {problem} (column {column}); {Hint(problem)}.");
    }

    private static string Hint(string problem)
    {
        if (problem.Contains("tab", StringComparison.Ordinal))
        {
            return "indent with spaces: YAML does not allow tabs for indentation";
        }
        if (problem.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return "close the quote that starts here";
        }
        if (problem.Contains("flow sequence", StringComparison.Ordinal) || problem.Contains("flow mapping", StringComparison.Ordinal))
        {
            return "close the bracket or brace, or add the missing comma";
        }
        if (problem.Contains("invalid mapping", StringComparison.Ordinal) || problem.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            return "check the indentation of this line, or quote a value that contains \": \"";
        }
        if (problem.Contains("did not find expected", StringComparison.Ordinal))
        {
            return "check the indentation of this line and the one before it, and that each key ends with \": \"";
        }
        return "check the syntax on this line";
    }

    private static int? FirstTabIndentedLine(string[] lines, int from)
    {
        for (var i = from - 1; i < lines.Length; i++)
        {
            var indentLength = lines[i].Length - lines[i].TrimStart().Length;
            if (lines[i].AsSpan(0, indentLength).Contains('\t'))
            {
                return i + 1;
            }
        }
        return null;
    }

    private static int LastLineWithContent(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i + 1;
            }
        }
        return 1;
    }

    // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the diagnostic carries the line itself.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
