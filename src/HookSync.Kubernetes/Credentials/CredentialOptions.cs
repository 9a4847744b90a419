namespace HookSync.Kubernetes.Credentials;

/// <summary>The credential-related command-line options (README Cluster credentials); secrets come from the environment, never from here.</summary>
/// <param name="KubeconfigPath"><c>--kubeconfig PATH</c>.</param>
/// <param name="Context"><c>--context NAME</c>: the kubeconfig context to use instead of <c>current-context</c>.</param>
/// <param name="Server"><c>--server URL</c>, used with <c>HOOKSYNC_TOKEN</c>.</param>
/// <param name="InsecureSkipTlsVerify"><c>--insecure-skip-tls-verify</c>.</param>
public sealed record CredentialOptions(
    string? KubeconfigPath = null,
    string? Context = null,
    string? Server = null,
    bool InsecureSkipTlsVerify = false)
{
    /// <summary>The default service-account mount of a Pod; tests point it at a temporary directory.</summary>
    public const string DefaultServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>Where the in-cluster token, CA and namespace files are read from (source 5).</summary>
    public string ServiceAccountDirectory { get; init; } = DefaultServiceAccountDirectory;
}
