namespace HookSync.Core.Ports;

/// <summary>Reads the cluster's capabilities once, for renderers that depend on them (Helm's <c>--api-versions</c>, <c>--kube-version</c>).</summary>
public interface IClusterCapabilities
{
    /// <summary>Full discovery and the server version; failures are <see cref="ClusterException"/>s as for every cluster call.</summary>
    Task<ClusterCapabilities> ReadCapabilitiesAsync(CancellationToken cancellationToken);
}
