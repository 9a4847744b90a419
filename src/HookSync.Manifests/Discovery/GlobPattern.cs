using System.Text;
using System.Text.RegularExpressions;

namespace HookSync.Manifests.Discovery;

/// <summary>An <c>--include</c>/<c>--exclude</c> glob over workspace-relative paths with forward slashes.</summary>
/// <remarks>
/// <c>*</c> and <c>?</c> stay inside one path segment, <c>**</c> spans segments. As in .gitignore, a pattern
/// without a slash matches a file or directory name at any depth, and a pattern that matches a directory
/// matches every file under it, so <c>--exclude legacy</c> and <c>--exclude 'env/*'</c> both do what they say.
/// Matching is ordinal and case-sensitive, like the Linux file systems CI runs on.
/// </remarks>
internal sealed class GlobPattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;
    private readonly bool _matchesAnySegment;

    public GlobPattern(string pattern)
    {
        Text = pattern;
        var normalized = pattern.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }
        normalized = normalized.TrimEnd('/');
        _matchesAnySegment = !normalized.Contains('/', StringComparison.Ordinal);
        _regex = new Regex(ToRegex(normalized), RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout);
    }

    public string Text { get; }

    /// <summary>True when the workspace-relative file path, or one of its directories, matches.</summary>
    public bool IsMatch(string relativePath)
    {
        if (_matchesAnySegment)
        {
            return relativePath.Split('/').Any(_regex.IsMatch);
        }
        if (_regex.IsMatch(relativePath))
        {
            return true;
        }
        for (var slash = relativePath.LastIndexOf('/'); slash > 0; slash = relativePath.LastIndexOf('/', slash - 1))
        {
            if (_regex.IsMatch(relativePath[..slash]))
            {
                return true;
            }
        }
        return false;
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                var slashBefore = i > 0 && glob[i - 1] == '/';
                if (slashAfter)
                {
                    regex.Append("(?:.*/)?");
                    i += 2;
                }
                else if (slashBefore && i + 2 == glob.Length)
                {
                    // "dir/**": the slash is already emitted; also let "dir" itself match.
                    regex.Length -= 1;
                    regex.Append("(?:/.*)?");
                    i += 1;
                }
                else
                {
                    regex.Append(".*");
                    i += 1;
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return regex.Append('$').ToString();
    }
}
