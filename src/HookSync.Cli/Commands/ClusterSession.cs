using HookSync.Core.Ports;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;

namespace HookSync.Cli.Commands;

/// <summary>The cluster a sync talks to: a real one from the credentials (README Cluster credentials), or the built-in simulator (docs/simulator.md).</summary>
internal sealed class ClusterSession : IAsyncDisposable
{
    private readonly ClusterSimulator? _simulator;
    private readonly KubernetesClusterClient _client;

    private ClusterSession(KubernetesClusterClient client, string target, string? defaultNamespace, ClusterSimulator? simulator)
    {
        _client = client;
        Target = target;
        DefaultNamespace = defaultNamespace;
        _simulator = simulator;
    }

    public IClusterClient Client => _client;

    /// <summary>Where the sync goes, without secrets: the server URL and where its credentials came from.</summary>
    public string Target { get; }

    /// <summary>The kubeconfig context's namespace, if any.</summary>
    public string? DefaultNamespace { get; }

    public static async Task<ClusterSession> OpenAsync(SyncRequest request, HookSyncDependencies deps, ISecretRedactor redactor,
        CancellationToken cancellationToken)
    {
        if (request.Simulate)
        {
            var simulator = await ClusterSimulator.StartAsync(
                new SimulatorOptions { Latency = request.SimulateLatency, FailTargets = request.SimulateFail }, cancellationToken);
            var simulated = ClusterConnectionFactory.FromKubeconfigContent(simulator.KubeconfigYaml, null, "the cluster simulator",
                deps.Environment, redactor);
            return new ClusterSession(new KubernetesClusterClient(simulated, deps.Time), $"the cluster simulator ({simulator.BaseUri})",
                simulated.Namespace, simulator);
        }
        var connection = ClusterConnectionFactory.Resolve(request.Credentials, deps.Environment, redactor);
        return new ClusterSession(new KubernetesClusterClient(connection, deps.Time), connection.ToString(), connection.Namespace, null);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
