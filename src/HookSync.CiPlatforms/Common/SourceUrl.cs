using System.Text.RegularExpressions;
using HookSync.Core.Model;

namespace HookSync.CiPlatforms.Common;

/// <summary>
/// A link to a manifest line at the synced revision, built from a platform's base URL and its path separator (GitHub
/// <c>/blob/</c>, GitLab <c>/-/blob/</c>). Every part is hostile: the base must be an absolute http(s) URL, the revision a
/// commit id, the file a workspace-relative path without <c>..</c>; each path segment is escaped. Otherwise there is no link.
/// </summary>
internal static partial class SourceUrl
{
    public static string? Build(string? baseUrl, string blobSegment, string? revision, SourceLocation? source)
    {
        if (source is null || source.Line < 1 || string.IsNullOrEmpty(baseUrl) || string.IsNullOrEmpty(revision) || !CommitId().IsMatch(revision))
        {
            return null;
        }
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }
        var segments = source.File.Split('/');
        if (source.File.Length == 0 || source.File.StartsWith('/') || segments.Any(s => s is "" or "." or ".." || s.Contains('\\', StringComparison.Ordinal)
            || s.Any(char.IsControl)))
        {
            return null;
        }
        // Parentheses too, so the URL can stand in a Markdown link.
        var path = string.Join('/', segments.Select(s => Uri.EscapeDataString(s).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)));
        return $"{uri.AbsoluteUri.TrimEnd('/')}{blobSegment}{revision}/{path}#L{source.Line}";
    }

    [GeneratedRegex("^[0-9a-f]{7,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitId();
}
