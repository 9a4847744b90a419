using HookSync.Core.Reporting;

namespace HookSync.Kubernetes.Credentials;

/// <summary>No usable cluster credentials (README Exit codes: exit 2). The message names the fix and never contains a secret.</summary>
public sealed class ClusterConfigurationException : Exception
{
    public ClusterConfigurationException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>The process exit code this failure maps to: a configuration error.</summary>
    public int ExitCode => ExitCodes.UsageError;
}
