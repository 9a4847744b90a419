using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Resolves cluster credentials in the order of README Cluster credentials (first match wins; never a localhost fallback).</summary>
public static class ClusterConnectionFactory
{
    public const string KubeconfigContentVariable = "HOOKSYNC_KUBECONFIG";
    public const string KubeconfigPathVariable = "KUBECONFIG";

    /// <summary>The message when no source matched (exit 2).</summary>
    public const string NoCredentialsMessage =
        "no cluster credentials: set HOOKSYNC_KUBECONFIG (kubeconfig content, a pipeline secret), or --server with HOOKSYNC_TOKEN, "
        + "or --kubeconfig PATH / KUBECONFIG; HookSync never falls back to localhost";

    /// <summary>Picks the first credential source present (sources 2–5; <c>--simulate</c>, source 1, is the CLI's).</summary>
    /// <exception cref="ClusterConfigurationException">No source, or the chosen one is unusable.</exception>
    public static ClusterConnection Resolve(CredentialOptions options, IEnvironment env, ISecretRedactor redactor)
    {
        var content = env.Get(KubeconfigContentVariable);
        if (!string.IsNullOrWhiteSpace(content))
        {
            return FromKubeconfigContent(content, options.Context, KubeconfigContentVariable, env, redactor);
        }
        if (!string.IsNullOrWhiteSpace(options.Server))
        {
            return ServerTokenCredentials.Connect(options, env, redactor);
        }
        if (!string.IsNullOrWhiteSpace(options.KubeconfigPath))
        {
            return KubeconfigFiles.Connect([options.KubeconfigPath], options.Context, "--kubeconfig", env, redactor)
                ?? throw new ClusterConfigurationException($"--kubeconfig {options.KubeconfigPath}: no such file");
        }
        var pathList = env.Get(KubeconfigPathVariable);
        if (!string.IsNullOrWhiteSpace(pathList))
        {
            return FromKubeconfigPathList(pathList, options.Context, env, redactor);
        }
        var home = env.Get("HOME");
        if (!string.IsNullOrWhiteSpace(home))
        {
            var connection = KubeconfigFiles.Connect([Path.Combine(home, ".kube", "config")], options.Context, "~/.kube/config", env, redactor);
            if (connection is not null)
            {
                return connection;
            }
        }
        return InClusterCredentials.TryConnect(options, env, redactor) ?? throw new ClusterConfigurationException(NoCredentialsMessage);
    }

    /// <summary>Connects with kubeconfig content (raw YAML/JSON or base64), e.g. a secret or the simulator's kubeconfig.</summary>
    public static ClusterConnection FromKubeconfigContent(
        string content, string? context, string sourceDescription, IEnvironment env, ISecretRedactor redactor)
    {
        // The whole secret, in the form it was given and decoded, is masked (README Cluster credentials).
        redactor.Register(content);
        var yaml = KubeconfigText.Decode(content, sourceDescription);
        redactor.Register(yaml);
        var config = KubeconfigReader.Parse(yaml, sourceDescription);
        return KubeconfigReader.Connect(config, context, sourceDescription, env, redactor);
    }

    private static ClusterConnection FromKubeconfigPathList(string pathList, string? context, IEnvironment env, ISecretRedactor redactor)
    {
        if (pathList.Contains('\n', StringComparison.Ordinal) || KubeconfigText.LooksLikeContent(pathList))
        {
            redactor.Register(pathList);
            throw new ClusterConfigurationException(
                "KUBECONFIG holds kubeconfig content, not a path; put the content in HOOKSYNC_KUBECONFIG instead");
        }
        var paths = pathList.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return KubeconfigFiles.Connect(paths, context, KubeconfigPathVariable, env, redactor)
            ?? throw new ClusterConfigurationException($"KUBECONFIG names no existing file ({string.Join(", ", paths)})");
    }
}
