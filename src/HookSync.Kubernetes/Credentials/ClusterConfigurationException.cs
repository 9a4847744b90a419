namespace HookSync.Kubernetes.Credentials;

/// <summary>No usable cluster credentials: a configuration error, never a localhost fallback. The message names the fix and never contains a secret.</summary>
public sealed class ClusterConfigurationException : Exception
{
    public ClusterConfigurationException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
