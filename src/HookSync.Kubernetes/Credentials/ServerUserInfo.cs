using HookSync.Core.Ports;
using HookSync.Core.Security;

namespace HookSync.Kubernetes.Credentials;

/// <summary>
/// A server URL may carry <c>user:password@</c> (kubectl proxies, test clusters). The password is a secret and the
/// URL is printed in the run's first line, so it is registered and removed before the URL goes anywhere.
/// </summary>
internal static class ServerUserInfo
{
    /// <summary>Registers the user-info of <paramref name="server"/> (raw and decoded) with the redactor.</summary>
    public static void Register(string? server, ISecretRedactor redactor)
    {
        if (string.IsNullOrEmpty(server) || !Uri.TryCreate(server, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.UserInfo))
        {
            return;
        }
        var (_, _, password) = UrlUserInfo.Split(server);
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
        var (url, user, password) = UrlUserInfo.Split(configuration.Host);
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
