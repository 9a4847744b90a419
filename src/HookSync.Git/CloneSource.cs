using HookSync.Core.Security;

namespace HookSync.Git;

/// <summary>A repository URL split into what libgit2 is given, what may be shown, and the credentials it carried.</summary>
/// <param name="FetchUrl">The URL without userinfo (credentials go through the callback, never the URL).</param>
/// <param name="DisplayUrl">The same, safe for messages.</param>
/// <param name="UserName">The user name written in the URL, if any.</param>
/// <param name="Password">A password or token written in the URL, if any: a secret.</param>
internal sealed record CloneSource(string FetchUrl, string DisplayUrl, string? UserName, string? Password)
{
    public static CloneSource Parse(string url)
    {
        // Absolute URLs (https, http, file, ssh://) may carry userinfo; scp-style "git@host:path" and plain paths do not
        // hold a secret and are used as given.
        var (clean, user, password) = UrlUserInfo.Split(url);
        return new CloneSource(clean, clean, user, password);
    }

    /// <summary>
    /// The HTTPS user name to send with a token. A name in the URL wins (e.g. <c>gitlab-ci-token</c> for GitLab's
    /// CI_JOB_TOKEN). Otherwise GitHub gets <c>x-access-token</c> (required for App and Actions tokens, accepted for
    /// PATs) and every other host <c>oauth2</c> (GitLab's name for OAuth tokens, accepted for its access tokens).
    /// </summary>
    public string TokenUserName()
    {
        if (UserName is not null)
        {
            return UserName;
        }
        var host = Uri.TryCreate(FetchUrl, UriKind.Absolute, out var uri) ? uri.Host : string.Empty;
        return host.Contains("github", StringComparison.OrdinalIgnoreCase) ? "x-access-token" : "oauth2";
    }
}
