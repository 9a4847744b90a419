using HookSync.Core.Model;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>file:line as a Markdown link to the source at the revision, when the platform gives a URL (already safe: see SourceUrl).</summary>
internal static class MarkdownLinks
{
    /// <summary>A table cell: the escaped location, linked when there is a URL.</summary>
    public static string Cell(SourceLocation? source, Func<SourceLocation, string?>? link)
    {
        if (source is null)
        {
            return string.Empty;
        }
        var text = MarkdownText.Cell(source.ToString()).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return link?.Invoke(source) is { } url ? $"[{text}]({url})" : text;
    }

    /// <summary>A table row whose cells are escaped, and whose last cell is a (linked) source location.</summary>
    public static string Row(SourceLocation? source, Func<SourceLocation, string?>? link, params string?[] cells) =>
        "| " + string.Join(" | ", cells.Select(MarkdownText.Cell).Append(Cell(source, link))) + " |";
}
