using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Manifests;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>
/// The real stack for one scenario: a <see cref="ClusterSimulator"/> over HTTP, <see cref="KubernetesClusterClient"/>,
/// manifests written to a <see cref="TempWorkspace"/> and read by <see cref="ManifestLoader"/>, <see cref="SyncPlanner"/>
/// with discovered scopes, and <see cref="SyncExecutor"/> on the real clock.
/// </summary>
internal sealed class ScenarioRunner : IAsyncDisposable
{
    public const string Revision = "abcdef0123456789abcdef0123456789abcdef01";

    private readonly TempWorkspace _workspace = new();
    private readonly KubernetesClusterClient _client;
    private int _runs;

    private ScenarioRunner(ClusterSimulator simulator, KubernetesClusterClient client)
    {
        Simulator = simulator;
        _client = client;
    }

    public ClusterSimulator Simulator { get; }

    public SimulatorScript Script => Simulator.Script;

    /// <summary>Starts a simulator with short simulated work (150 ms), so scenarios finish quickly on the real clock.</summary>
    public static async Task<ScenarioRunner> StartAsync(
        Func<SimulatorOptions, SimulatorOptions>? configure = null, KubernetesClientOptions? clientOptions = null)
    {
        var options = new SimulatorOptions { WorkDuration = TimeSpan.FromMilliseconds(150) };
        var simulator = await ClusterSimulator.StartAsync(configure is null ? options : configure(options));
        // Without a simulator token (kubectl tests) the kubeconfig user is anonymous, which KubernetesClient refuses to load;
        // the simulator then accepts any request, so HookSync gets a placeholder token.
        var kubeconfig = simulator.KubeconfigYaml.Replace("user: {}", "user:\n    token: anonymous", StringComparison.Ordinal);
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            kubeconfig, null, "simulator", new DictionaryEnvironment(), new SecretRedactor());
        return new ScenarioRunner(simulator, new KubernetesClusterClient(connection, TimeProvider.System, clientOptions ?? KubernetesClientOptions.Default));
    }

    /// <summary>Syncs the given objects (written as one YAML file, a document each).</summary>
    public Task<ScenarioResult> SyncAsync(IEnumerable<ManifestBuilder> objects, SyncOptions? options = null,
        Func<ClusterSimulator, bool>? cancelWhen = null, Func<ClusterSimulator, bool>? interfere = null) =>
        SyncYamlAsync(string.Join("\n---\n", objects.Select(o => o.Object().ToJsonString())), options, cancelWhen, interfere);

    /// <summary>Writes <paramref name="yaml"/> to a fresh directory of the workspace, then loads, plans and runs it.</summary>
    public Task<ScenarioResult> SyncYamlAsync(string yaml, SyncOptions? options = null, Func<ClusterSimulator, bool>? cancelWhen = null,
        Func<ClusterSimulator, bool>? interfere = null)
    {
        var directory = $"run-{Interlocked.Increment(ref _runs)}";
        _workspace.Write($"{directory}/app.yaml", yaml);
        return SyncPathAsync(_workspace.Root, directory, options, "default", cancelWhen, interfere);
    }

    /// <summary>
    /// Loads the manifests under <paramref name="path"/> (relative to <paramref name="workspace"/>), plans and runs them.
    /// <paramref name="cancelWhen"/> fires CI cancellation once it holds; <paramref name="interfere"/> is polled during the run
    /// (a change from outside, e.g. a delete) until it returns true.
    /// </summary>
    public async Task<ScenarioResult> SyncPathAsync(string workspace, string path, SyncOptions? options, string defaultNamespace,
        Func<ClusterSimulator, bool>? cancelWhen = null, Func<ClusterSimulator, bool>? interfere = null)
    {
        var manifests = new ManifestLoader().Load(new ManifestQuery(workspace, [path], false, [], []));
        Assert.DoesNotContain(manifests.Diagnostics, d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error);
        var scopes = await DiscoveredScopes.LoadAsync(_client, manifests.Documents.Select(d => d.Object.Gvk), BuiltInScopes.Instance,
            CancellationToken.None);
        var plan = SyncPlanner.Plan(manifests.Documents, new PlanContext(Revision, DateTimeOffset.UtcNow, defaultNamespace, scopes));
        Assert.False(plan.HasErrors, string.Join("; ", plan.Diagnostics.Select(d => d.Message)));

        var observer = new EventRecorder();
        var firstRequest = Simulator.Requests.Count;
        using var cancel = new CancellationTokenSource();
        var executor = new SyncExecutor(_client, observer, TimeProvider.System, HealthAssessor.Default);
        // T4: a kind-run is applied in parallel; scenarios default to --concurrency 1 so the request order is deterministic.
        var run = executor.RunAsync(plan, options ?? new SyncOptions { Concurrency = 1 }, cancel.Token);
        // Polls the simulator's state (not a timing assertion): outside changes and CI cancellation happen once their condition holds.
        var interfered = interfere is null;
        var cancelled = cancelWhen is null;
        while (!run.IsCompleted && !(interfered && cancelled))
        {
            interfered = interfered || interfere!(Simulator);
            if (!cancelled && cancelWhen!(Simulator))
            {
                cancelled = true;
                await cancel.CancelAsync();
            }
            await Task.WhenAny(run, Task.Delay(2));
        }
        var report = await run.WaitAsync(TimeSpan.FromMinutes(2));
        return new ScenarioResult(report, plan, observer.Events, [.. Simulator.Requests.Skip(firstRequest)]);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Simulator.DisposeAsync();
        _workspace.Dispose();
    }
}
