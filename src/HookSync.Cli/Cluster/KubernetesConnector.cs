using HookSync.Cli.Commands;
using HookSync.Core.Ports;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;

namespace HookSync.Cli.Cluster;

/// <summary>A real cluster from the credentials (contract §4), or the built-in simulator for <c>--simulate</c> (§6).</summary>
internal sealed class KubernetesConnector(IEnvironment environment, TimeProvider time) : IClusterConnector
{
    public async Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, CancellationToken cancellationToken)
    {
        if (request.Simulate)
        {
            var simulator = await ClusterSimulator.StartAsync(
                new SimulatorOptions { Latency = request.SimulateLatency, FailTargets = request.SimulateFail }, cancellationToken);
            var simulated = ClusterConnectionFactory.FromKubeconfigContent(simulator.KubeconfigYaml, null, "the cluster simulator",
                environment, redactor);
            var client = new KubernetesClusterClient(simulated, time);
            return new ClusterSession(client, $"the cluster simulator ({simulator.BaseUri})", simulated.Namespace, async () =>
            {
                client.Dispose();
                await simulator.DisposeAsync();
            });
        }
        var connection = ClusterConnectionFactory.Resolve(request.Credentials, environment, redactor);
        var real = new KubernetesClusterClient(connection, time);
        return new ClusterSession(real, connection.ToString(), connection.Namespace, () =>
        {
            real.Dispose();
            return ValueTask.CompletedTask;
        });
    }
}
