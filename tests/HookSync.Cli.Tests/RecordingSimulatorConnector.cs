using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Core.Ports;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>
/// Opens the simulator as <c>--simulate</c> does (its options from the request) but keeps it running after the sync, so a test
/// can read its request log.
/// </summary>
internal sealed class RecordingSimulatorConnector : IClusterConnector, IAsyncDisposable
{
    public ClusterSimulator? Simulator { get; private set; }

    public async Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken)
    {
        Simulator = await ClusterSimulator.StartAsync(
            new SimulatorOptions { FailTargets = request.SimulateFail, Denied = request.SimulateDeny }, cancellationToken);
        var connection = ClusterConnectionFactory.FromKubeconfigContent(Simulator.KubeconfigYaml, null, "the cluster simulator",
            new DictionaryEnvironment(), redactor);
        var client = new KubernetesClusterClient(connection, TimeProvider.System);
        return new ClusterSession(client, "the recording simulator", connection.Namespace, () =>
        {
            client.Dispose();
            return ValueTask.CompletedTask;
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }
    }
}
