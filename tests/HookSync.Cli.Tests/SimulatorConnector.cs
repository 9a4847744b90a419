using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Core.Execution;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>
/// One simulator for several runs of the app (a sync, then a diff), reached over real HTTP with the real client. The test
/// seeds it through <see cref="Client"/>; every run borrows the client, so the simulator outlives each run.
/// </summary>
internal sealed class SimulatorConnector : IClusterConnector, IAsyncDisposable
{
    public const string Target = "the test simulator";

    private readonly ClusterSimulator _simulator;

    private SimulatorConnector(ClusterSimulator simulator, KubernetesClusterClient client)
    {
        _simulator = simulator;
        Client = client;
    }

    public KubernetesClusterClient Client { get; }

    public static async Task<SimulatorConnector> StartAsync()
    {
        var simulator = await ClusterSimulator.StartAsync(new SimulatorOptions { WorkDuration = TimeSpan.FromMilliseconds(100) });
        var connection = ClusterConnectionFactory.FromKubeconfigContent(simulator.KubeconfigYaml, null, "simulator kubeconfig",
            new DictionaryEnvironment(), new SecretRedactor());
        return new SimulatorConnector(simulator, new KubernetesClusterClient(connection, TimeProvider.System));
    }

    /// <summary>Applies objects as an earlier sync of <paramref name="app"/> left them (tracking annotation, HookSync's field manager).</summary>
    public async Task SeedAsync(string app, params KubeObject[] objects)
    {
        foreach (var obj in objects)
        {
            await Client.ApplyAsync(TrackingId.Annotate(app, obj), new ApplyRequest(DryRun: false, Force: true), CancellationToken.None);
        }
    }

    public Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken) =>
        Task.FromResult(new ClusterSession(Client, Target, "default", () => ValueTask.CompletedTask));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _simulator.DisposeAsync();
    }
}
