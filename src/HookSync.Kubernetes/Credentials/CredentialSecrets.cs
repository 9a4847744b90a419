using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Registers every secret the credential variables hold before anything is printed, whichever source is used (README Cluster credentials).</summary>
public static class CredentialSecrets
{
    /// <summary>The environment variables whose values are secrets as a whole.</summary>
    public static IReadOnlyList<string> Variables { get; } = ["HOOKSYNC_TOKEN", "HOOKSYNC_GIT_TOKEN", ClusterConnectionFactory.KubeconfigContentVariable];

    /// <summary>Registers each variable's value and, for HOOKSYNC_KUBECONFIG, its decoded text and every token, key and password inside.</summary>
    public static void Register(IEnvironment env, ISecretRedactor redactor) => Register(new CredentialOptions(), env, redactor);

    /// <summary>Also registers the password of a <c>--server</c> URL that carries user-info.</summary>
    public static void Register(CredentialOptions options, IEnvironment env, ISecretRedactor redactor)
    {
        ServerUserInfo.Register(options.Server, redactor);
        foreach (var name in Variables)
        {
            redactor.Register(env.Get(name));
        }
        var content = env.Get(ClusterConnectionFactory.KubeconfigContentVariable);
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }
        try
        {
            // The kubeconfig is registered even when another source (--simulate) is used: its token must be masked
            // on its own, not only as part of a "token: …" line, or a hook log or diagnostic quoting it leaks it.
            var yaml = KubeconfigText.Decode(content, ClusterConnectionFactory.KubeconfigContentVariable);
            redactor.Register(yaml);
            KubeconfigSecrets.Register(KubeconfigReader.Parse(yaml, ClusterConnectionFactory.KubeconfigContentVariable), redactor);
        }
        catch (ClusterConfigurationException)
        {
            // Unusable content is reported (exit 2) when it is chosen as the credential source; the raw value is registered.
        }
    }
}
