using HookSync.Cli.Commands;
using HookSync.Core.Execution;
using HookSync.Core.Ports;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;

namespace HookSync.Cli.Cluster;

/// <summary>A real cluster from the credentials (README "Cluster credentials"), or the built-in simulator for <c>--simulate</c> (docs/simulator.md).</summary>
internal sealed class KubernetesConnector(IEnvironment environment, TimeProvider time) : IClusterConnector
{
    public async Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken)
    {
        // Every retry is said once, with its cause: a slow pipeline should show why it is slow.
        var options = KubernetesClientOptions.Default with
        {
            OnRetry = retry => progress($"retrying {retry.Operation} in {DurationText.Format(retry.Delay)} (retry {retry.Retry}): {retry.Cause}"),
        };
        if (request.Simulate)
        {
            ClusterSimulator simulator;
            try
            {
                simulator = await ClusterSimulator.StartAsync(
                    new SimulatorOptions { Latency = request.SimulateLatency, FailTargets = request.SimulateFail, StatePath = request.SimulateState, ReadOnlyState = request.ReadOnlyState,
                        Denied = request.SimulateDeny },
                    cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new ClusterConfigurationException($"--simulate-state: {e.Message}", e);
            }
            foreach (var fault in request.SimulateFaults)
            {
                simulator.Script.Inject(fault.Rule);
            }
            var simulated = ClusterConnectionFactory.FromKubeconfigContent(simulator.KubeconfigYaml, null, "the cluster simulator",
                environment, redactor);
            var client = new KubernetesClusterClient(simulated, time, options);
            return new ClusterSession(client, $"the cluster simulator ({simulator.BaseUri})", simulated.Namespace, async () =>
            {
                client.Dispose();
                await simulator.DisposeAsync();
            })
            {
                FaultsThatNeverFired = () => [.. request.SimulateFaults
                    .Where(f => !simulator.Requests.Any(r => r.Fault == f.Rule.Kind.ToString()))
                    .Select(f => f.Text)],
            };
        }
        var connection = ClusterConnectionFactory.Resolve(request.Credentials, environment, redactor);
        var real = new KubernetesClusterClient(connection, time, options);
        return new ClusterSession(real, connection.ToString(), connection.Namespace, () =>
        {
            real.Dispose();
            return ValueTask.CompletedTask;
        });
    }
}
