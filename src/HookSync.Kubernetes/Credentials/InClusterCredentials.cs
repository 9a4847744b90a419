using HookSync.Core.Ports;
using k8s;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Source 5 of README Cluster credentials: the service account of the Pod HookSync runs in (e.g. a Kubernetes-mode runner).</summary>
internal static class InClusterCredentials
{
    public const string HostVariable = "KUBERNETES_SERVICE_HOST";
    public const string PortVariable = "KUBERNETES_SERVICE_PORT";

    /// <summary>Connects with the mounted token, or returns null when HookSync does not run in a Pod.</summary>
    public static ClusterConnection? TryConnect(CredentialOptions options, IEnvironment env, ISecretRedactor redactor)
    {
        var host = env.Get(HostVariable);
        var tokenPath = Path.Combine(options.ServiceAccountDirectory, "token");
        if (string.IsNullOrWhiteSpace(host) || !File.Exists(tokenPath))
        {
            return null;
        }
        var token = File.ReadAllText(tokenPath).Trim();
        redactor.Register(token);
        var port = env.Get(PortVariable);
        // An IPv6 service host needs brackets in a URL.
        var authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        var configuration = new KubernetesClientConfiguration
        {
            Host = $"https://{authority}:{(string.IsNullOrWhiteSpace(port) ? "443" : port)}",
            AccessToken = token,
            SkipTlsVerify = options.InsecureSkipTlsVerify,
        };
        var caPath = Path.Combine(options.ServiceAccountDirectory, "ca.crt");
        if (File.Exists(caPath))
        {
            configuration.SslCaCerts = ServerTokenCredentials.ReadCaBundle(File.ReadAllText(caPath));
        }
        var namespacePath = Path.Combine(options.ServiceAccountDirectory, "namespace");
        if (File.Exists(namespacePath))
        {
            configuration.Namespace = File.ReadAllText(namespacePath).Trim();
        }
        return new ClusterConnection(configuration, "in-cluster service account", redactor);
    }
}
