using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Core.Ports;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>
/// Hands every sync the same running <see cref="ClusterSimulator"/>, over real HTTP with the real client, so a test can sync
/// twice into one cluster (prune, inventory, ApplyOutOfSyncOnly). The test owns the simulator.
/// </summary>
internal sealed class SharedSimulatorConnector(ClusterSimulator simulator) : IClusterConnector
{
    public Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken)
    {
        var connection = ClusterConnectionFactory.FromKubeconfigContent(simulator.KubeconfigYaml, null, "the shared simulator",
            new DictionaryEnvironment(), redactor);
        var client = new KubernetesClusterClient(connection, TimeProvider.System, KubernetesClientOptions.Default);
        return Task.FromResult(new ClusterSession(client, "the shared simulator", connection.Namespace, () =>
        {
            client.Dispose();
            return ValueTask.CompletedTask;
        }));
    }
}
