using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using k8s;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Source 3 of README Cluster credentials: <c>--server</c> with <c>HOOKSYNC_TOKEN</c> and <c>HOOKSYNC_CA_DATA</c> or <c>--insecure-skip-tls-verify</c>.</summary>
internal static class ServerTokenCredentials
{
    public const string TokenVariable = "HOOKSYNC_TOKEN";
    public const string CaDataVariable = "HOOKSYNC_CA_DATA";

    public static ClusterConnection Connect(CredentialOptions options, IEnvironment env, ISecretRedactor redactor)
    {
        ServerUserInfo.Register(options.Server, redactor);
        var server = UrlUserInfo.Split(options.Server!).Url;
        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ClusterConfigurationException($"--server \"{server}\" is not an http(s) URL");
        }
        var token = env.Get(TokenVariable);
        redactor.Register(token);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ClusterConfigurationException($"--server {server} needs a bearer token in {TokenVariable}");
        }
        var configuration = new KubernetesClientConfiguration
        {
            Host = server,
            AccessToken = token.Trim(),
            SkipTlsVerify = options.InsecureSkipTlsVerify,
        };
        var caData = env.Get(CaDataVariable);
        if (!string.IsNullOrWhiteSpace(caData))
        {
            configuration.SslCaCerts = ReadCaBundle(caData);
        }
        // Without a CA and without --insecure-skip-tls-verify, the system trust store decides (a public certificate works).
        var source = caData is null || options.InsecureSkipTlsVerify
            ? $"--server with {TokenVariable}{(options.InsecureSkipTlsVerify ? " (TLS verification off)" : string.Empty)}"
            : $"--server with {TokenVariable} and {CaDataVariable}";
        return new ClusterConnection(configuration, source, redactor);
    }

    /// <summary>Reads a CA bundle given as base64 of PEM (kubeconfig's certificate-authority-data) or as PEM text.</summary>
    internal static X509Certificate2Collection ReadCaBundle(string value)
    {
        var pem = value.Contains("-----BEGIN", StringComparison.Ordinal) ? value : DecodeBase64(value);
        var bundle = new X509Certificate2Collection();
        try
        {
            bundle.ImportFromPem(pem);
        }
        catch (CryptographicException)
        {
            throw new ClusterConfigurationException($"{CaDataVariable} holds no valid PEM certificate");
        }
        return bundle.Count > 0 ? bundle : throw new ClusterConfigurationException($"{CaDataVariable} holds no PEM certificate");
    }

    private static string DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            throw new ClusterConfigurationException($"{CaDataVariable} must be base64-encoded PEM (certificate-authority-data)");
        }
    }
}
