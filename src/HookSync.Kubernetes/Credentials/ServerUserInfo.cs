using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Credentials;

/// <summary>
/// A server URL may carry <c>user:password@</c> (kubectl proxies, test clusters). The password is a secret and the
/// URL is printed in the run's first line, so it is registered and removed before the URL goes anywhere.
/// </summary>
internal static class ServerUserInfo
{
    /// <summary>Splits <paramref name="server"/> into the URL without user-info and the user name and password it carried.</summary>
    public static (string Url, string? User, string? Password) Split(string server)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.UserInfo))
        {
            return (server, null, null);
        }
        var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
        var password = separator < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
        var clean = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri;
        // UriBuilder adds a "/" path to a bare host; the caller's form (with or without it) is kept otherwise.
        if (!server.EndsWith('/') && clean.EndsWith('/') && uri.AbsolutePath == "/")
        {
            clean = clean[..^1];
        }
        return (clean, user.Length == 0 ? null : user, string.IsNullOrEmpty(password) ? null : password);
    }

    /// <summary>Registers the user-info of <paramref name="server"/> (raw and decoded) with the redactor.</summary>
    public static void Register(string? server, ISecretRedactor redactor)
    {
        if (string.IsNullOrEmpty(server) || !Uri.TryCreate(server, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.UserInfo))
        {
            return;
        }
        var (_, _, password) = Split(server);
        redactor.Register(password);
        var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        if (separator >= 0)
        {
            // The escaped form appears in the URL itself, e.g. p%40ss for p@ss.
            redactor.Register(uri.UserInfo[(separator + 1)..]);
        }
    }

    /// <summary>Removes user-info from the configuration's host; with no other credentials it becomes basic auth, as Go's HTTP client does.</summary>
    public static void Apply(k8s.KubernetesClientConfiguration configuration, ISecretRedactor redactor)
    {
        if (string.IsNullOrEmpty(configuration.Host))
        {
            return;
        }
        Register(configuration.Host, redactor);
        var (url, user, password) = Split(configuration.Host);
        if (user is null && password is null)
        {
            return;
        }
        configuration.Host = url;
        var hasCredentials = !string.IsNullOrEmpty(configuration.AccessToken) || configuration.TokenProvider is not null
            || !string.IsNullOrEmpty(configuration.Username) || !string.IsNullOrEmpty(configuration.ClientCertificateData)
            || !string.IsNullOrEmpty(configuration.ClientCertificateFilePath);
        if (!hasCredentials && user is not null && password is not null)
        {
            configuration.Username = user;
            configuration.Password = password;
        }
    }
}
