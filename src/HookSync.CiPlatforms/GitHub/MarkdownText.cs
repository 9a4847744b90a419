using System.Text;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>Makes untrusted text (messages, names, logs) safe inside the step summary's Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes HTML, so a message cannot open a tag in the summary.</summary>
    public static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A table cell: HTML escaped, <c>|</c> escaped, line breaks as <c>&lt;br&gt;</c> (a newline ends the row).</summary>
    public static string Cell(string? text) =>
        Html(text ?? string.Empty)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", "<br>", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("\r", "<br>", StringComparison.Ordinal);

    public static string Row(params string?[] cells) => "| " + string.Join(" | ", cells.Select(Cell)) + " |";

    /// <summary>A fenced code block whose fence is longer than any backtick run in the content, so a log line cannot close it.</summary>
    public static string CodeBlock(IEnumerable<string> lines, string language = "text")
    {
        var body = string.Join("\n", lines.Select(l => l.Replace("\r", string.Empty, StringComparison.Ordinal)));
        var fence = new string('`', Math.Max(3, LongestBacktickRun(body) + 1));
        return new StringBuilder().Append(fence).Append(language).Append('\n').Append(body).Append('\n').Append(fence).ToString();
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }
}
