using HookSync.Cli.Commands;
using HookSync.Core.Ports;

namespace HookSync.Cli.Cluster;

/// <summary>Opens the cluster a sync talks to; replaced in host tests by one that hands out an in-memory cluster.</summary>
internal interface IClusterConnector
{
    /// <summary>Opens the cluster the request names; every secret read on the way is registered with <paramref name="redactor"/>.</summary>
    /// <exception cref="Kubernetes.Credentials.ClusterConfigurationException">No usable credentials.</exception>
    /// <param name="request">The sync request.</param>
    /// <param name="redactor">Where secrets read on the way are registered.</param>
    /// <param name="progress">Receives progress lines, e.g. each retry of an API call and why.</param>
    /// <param name="cancellationToken">CI cancellation.</param>
    Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken);
}
