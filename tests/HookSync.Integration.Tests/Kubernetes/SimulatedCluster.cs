using HookSync.Core.Model;
using HookSync.Core.Security;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Kubernetes;

/// <summary>A running cluster simulator and a <see cref="KubernetesClusterClient"/> connected to it over real HTTP with its kubeconfig.</summary>
internal sealed class SimulatedCluster : IAsyncDisposable
{
    private SimulatedCluster(ClusterSimulator simulator, KubernetesClusterClient client, SecretRedactor redactor)
    {
        Simulator = simulator;
        Client = client;
        Redactor = redactor;
    }

    public ClusterSimulator Simulator { get; }

    public KubernetesClusterClient Client { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>Starts a simulator on the real clock with short simulated work, so watches see progress quickly.</summary>
    public static async Task<SimulatedCluster> StartAsync(Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { WorkDuration = TimeSpan.FromMilliseconds(200) };
        var simulator = await ClusterSimulator.StartAsync(configure is null ? options : configure(options));
        var redactor = new SecretRedactor();
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            simulator.KubeconfigYaml, context: null, "simulator kubeconfig", new DictionaryEnvironment(), redactor);
        return new SimulatedCluster(simulator, new KubernetesClusterClient(connection, TimeProvider.System), redactor);
    }

    /// <summary>The requests the adapter made, without discovery, as "VERB path?query".</summary>
    public IReadOnlyList<string> ApiCalls() =>
        [.. Simulator.Requests.Where(r => r.Verb is not "discovery").Select(r => $"{r.Verb} {r.Path}{(r.Query.Length == 0 ? string.Empty : "?" + r.Query)}")];

    public static KubeObject ConfigMap(string name, string ns = "default", string value = "1") =>
        KubeObject.Parse($$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{name}}","namespace":"{{ns}}"},"data":{"key":"{{value}}"} }""");

    public static KubeObject Job(string name, string ns = "default") => KubeObject.Parse($$"""
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"{{name}}","namespace":"{{ns}}"},
         "spec":{"backoffLimit":0,"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"}]} } } }
        """);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
