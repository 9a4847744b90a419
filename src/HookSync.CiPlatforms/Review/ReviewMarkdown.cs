using System.Text;

namespace HookSync.CiPlatforms.Review;

/// <summary>
/// Makes hostile text (names, messages, file names, diff lines) inert in a pull or merge request comment: no HTML tag, no
/// Markdown emphasis, link or table break, and no <c>@</c>-mention that would notify someone.
/// </summary>
internal static class ReviewMarkdown
{
    /// <summary>Inline text: HTML escaped, Markdown punctuation backslash-escaped, line breaks as <c>&lt;br&gt;</c>, mentions broken.</summary>
    public static string Text(string? text)
    {
        var result = new StringBuilder();
        foreach (var c in text ?? string.Empty)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                // A zero-width space after @ keeps "@team" readable but no longer a mention (GitHub and GitLab both notify on it).
                '@' => "@&#8203;",
                '\n' => "<br>",
                '\r' => string.Empty,
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '!' or '#' or '$' or '{' or '}' => "\\" + c,
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }

    public static string Row(params string?[] cells) => "| " + string.Join(" | ", cells.Select(Text)) + " |";

    /// <summary>
    /// A fenced block whose fence is longer than any backtick run inside, so no line can close it; mentions and HTML are inert
    /// inside a code block already.
    /// </summary>
    public static string CodeBlock(string language, string body)
    {
        body = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "\n", StringComparison.Ordinal).TrimEnd('\n');
        int longest = 0, current = 0;
        foreach (var c in body)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{language}\n{body}\n{fence}";
    }
}
