using HookSync.Core.Ports;
using k8s.KubeConfigModels;

namespace HookSync.Kubernetes.Credentials;

/// <summary>Fails early, with a hint, when a kubeconfig user's exec credential plugin is not installed (issue 4 item 5).</summary>
internal static class ExecPluginCheck
{
    public static void EnsureAvailable(User? user, IEnvironment env)
    {
        var command = user?.UserCredentials?.ExternalExecution?.Command;
        if (string.IsNullOrWhiteSpace(command) || IsAvailable(command, env))
        {
            return;
        }
        throw new ClusterConfigurationException(
            $"the kubeconfig user \"{user!.Name}\" gets its token from the exec plugin \"{command}\", which is not on PATH; "
            + "managed clusters need their plugin in the image (EKS: aws, GKE: gke-gcloud-auth-plugin, AKS: kubelogin), "
            + "or use a token user in HOOKSYNC_KUBECONFIG, or --server with HOOKSYNC_TOKEN");
    }

    private static bool IsAvailable(string command, IEnvironment env)
    {
        if (command.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(command);
        }
        var path = env.Get("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(directory, command)))
            {
                return true;
            }
        }
        return false;
    }
}
