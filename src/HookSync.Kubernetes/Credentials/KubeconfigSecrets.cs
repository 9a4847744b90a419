using HookSync.Core.Ports;
using k8s.KubeConfigModels;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Registers every secret a kubeconfig holds with the redactor (README Cluster credentials: tokens, keys, passwords).</summary>
internal static class KubeconfigSecrets
{
    // Auth-provider config keys that hold credentials (oidc, azure, gcp providers of older kubeconfigs).
    private static readonly string[] SecretKeyParts = ["token", "secret", "password", "key"];

    public static void Register(K8SConfiguration config, ISecretRedactor redactor)
    {
        foreach (var cluster in config.Clusters ?? [])
        {
            ServerUserInfo.Register(cluster.ClusterEndpoint?.Server, redactor);
        }
        foreach (var user in config.Users ?? [])
        {
            var credentials = user.UserCredentials;
            if (credentials is null)
            {
                continue;
            }
            redactor.Register(credentials.Token);
            redactor.Register(credentials.Password);
            redactor.Register(credentials.ClientKeyData);
            redactor.Register(credentials.ClientCertificateData);
            foreach (var (key, value) in credentials.AuthProvider?.Config ?? [])
            {
                if (SecretKeyParts.Any(part => key.Contains(part, StringComparison.OrdinalIgnoreCase)))
                {
                    redactor.Register(value);
                }
            }
            foreach (var variable in credentials.ExternalExecution?.EnvironmentVariables ?? [])
            {
                // Exec plugins sometimes receive a secret through env (e.g. AWS_SECRET_ACCESS_KEY); names say which.
                if (variable.TryGetValue("name", out var name) && variable.TryGetValue("value", out var value)
                    && SecretKeyParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase)))
                {
                    redactor.Register(value);
                }
            }
        }
    }
}
