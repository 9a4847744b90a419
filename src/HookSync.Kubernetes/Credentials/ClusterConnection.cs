using HookSync.Core.Ports;
using k8s;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Resolved cluster credentials: where HookSync connects and which source said so, without any secret.</summary>
public sealed class ClusterConnection
{
    internal ClusterConnection(KubernetesClientConfiguration configuration, string sourceDescription, ISecretRedactor redactor)
    {
        // Every source ends here, so user-info in a server URL never reaches Server, ToString or the client's base address.
        ServerUserInfo.Apply(configuration, redactor);
        Configuration = configuration;
        SourceDescription = sourceDescription;
        Redactor = redactor;
        Server = configuration.Host.TrimEnd('/');
        Namespace = string.IsNullOrEmpty(configuration.Namespace) ? null : configuration.Namespace;
    }

    /// <summary>The API server URL.</summary>
    public string Server { get; }

    /// <summary>The context's default namespace, if it names one.</summary>
    public string? Namespace { get; }

    /// <summary>Which credential source was used, e.g. <c>HOOKSYNC_KUBECONFIG (context "ci")</c>; safe to log.</summary>
    public string SourceDescription { get; }

    internal KubernetesClientConfiguration Configuration { get; }

    internal ISecretRedactor Redactor { get; }

    public override string ToString() => $"{Server} from {SourceDescription}";
}
