using HookSync.Core.Ports;

namespace HookSync.Cli.Cluster;

/// <summary>
/// The capabilities of a cluster that is still being opened: a Helm chart read while the kubeconfig is loaded waits here for
/// the client, and only then asks it (sync reads the workspace and opens the cluster at once).
/// </summary>
internal sealed class DeferredCapabilities(Task<ClusterSession> opening) : IClusterCapabilities
{
    public async Task<ClusterCapabilities> ReadCapabilitiesAsync(CancellationToken cancellationToken)
    {
        var session = await opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        return session.Client is IClusterCapabilities capabilities
            ? await capabilities.ReadCapabilitiesAsync(cancellationToken).ConfigureAwait(false)
            : new ClusterCapabilities([], null); // Helm's own defaults, as for plan
    }
}
