using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace HookSync.Manifests.Parsing;

/// <summary>Turns a YamlDotNet syntax error into one sentence without positions or stack, plus the likely fix.</summary>
internal static partial class YamlErrorMessage
{
    public static string Describe(YamlException ex, string text)
    {
        var problem = PositionPrefix().Replace(ex.Message, string.Empty).Trim().TrimEnd('.');
        if (problem.Length > 0)
        {
            problem = char.ToLowerInvariant(problem[0]) + problem[1..];
        }
        return $"Invalid YAML: {problem} (column {ex.Start.Column}); {Hint(problem, text, (int)ex.Start.Line)}.";
    }

    private static string Hint(string problem, string text, int line)
    {
        if (HasTabIndentation(text, line))
        {
            return "indent with spaces: YAML does not allow tabs for indentation";
        }
        if (problem.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return "close the quote that starts here";
        }
        if (problem.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || problem.Contains("flow mapping", StringComparison.OrdinalIgnoreCase))
        {
            return "close the bracket or brace, or add the missing comma";
        }
        if (problem.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return "check the indentation, or quote a value that contains \": \"";
        }
        if (problem.Contains("expected ':'", StringComparison.Ordinal) || problem.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
        {
            return "check the indentation of this line and the one before it, and that each key ends with \": \"";
        }
        return "check the syntax on this line";
    }

    private static bool HasTabIndentation(string text, int line)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, line - 3); i < Math.Min(lines.Length, line + 1); i++)
        {
            var indent = lines[i].AsSpan()[..(lines[i].Length - lines[i].TrimStart().Length)];
            if (indent.Contains('\t'))
            {
                return true;
            }
        }
        return false;
    }

    // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the diagnostic carries the line itself.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
