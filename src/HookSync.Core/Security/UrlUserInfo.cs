namespace HookSync.Core.Security;

/// <summary>
/// The <c>user:password@</c> part of a URL (a git remote, an API server). The password is a secret and the URL is shown in
/// messages, so callers split it off before the URL goes anywhere.
/// </summary>
public static class UrlUserInfo
{
    /// <summary>The URL without user-info, and the decoded user name and password it carried (null when absent or empty).</summary>
    public static (string Url, string? User, string? Password) Split(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.UserInfo))
        {
            return (url, null, null);
        }
        var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
        var password = separator < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
        var clean = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri;
        // UriBuilder adds a "/" path to a bare host; the caller's form (with or without it) is kept otherwise.
        if (!url.EndsWith('/') && clean.EndsWith('/') && uri.AbsolutePath == "/")
        {
            clean = clean[..^1];
        }
        return (clean, user.Length == 0 ? null : user, string.IsNullOrEmpty(password) ? null : password);
    }
}
