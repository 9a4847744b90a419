using System.Diagnostics;
using System.Globalization;
using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Core.Security;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Manifests;
using HookSync.Simulator;

namespace HookSync.Benchmarks;

/// <summary>
/// <c>-- sync</c>: syncs the Argo CD bundle into the cluster simulator over real HTTP and prints wall time and
/// API request counts at 0 ms and 5 ms simulated latency, with concurrency 8 and 1.
/// </summary>
internal static class SyncBenchmarkRunner
{
    // Short simulated work (Job pods, rollouts, CRDs Established at 1/3 of it) so the engine, not the controllers, dominates.
    private static readonly TimeSpan WorkDuration = TimeSpan.FromMilliseconds(50);

    public static async Task<int> RunAsync(int iterations)
    {
        var query = new ManifestQuery(BenchmarkFixtures.BundleDirectory, [BenchmarkFixtures.BundleFileName], false, [], []);
        var documents = new ManifestLoader().Load(query).Documents;
        Console.WriteLine($"Argo CD bundle: {documents.Count} objects; WorkDuration {WorkDuration.TotalMilliseconds} ms; "
            + $"1 warm-up + {iterations} measured runs per row, each into a fresh simulator.");
        Console.WriteLine();
        Console.WriteLine("| Latency | Concurrency | Mean wall time | Min | Max | API requests (of which discovery) | Result |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        var failed = false;
        var verbs = new List<string>();
        foreach (var latency in new[] { 0, 5 })
        {
            foreach (var concurrency in new[] { 8, 1 })
            {
                await SyncOnceAsync(documents, latency, concurrency);
                var runs = new List<SyncRun>();
                for (var i = 0; i < iterations; i++)
                {
                    runs.Add(await SyncOnceAsync(documents, latency, concurrency));
                }
                verbs.Add($"{latency} ms, concurrency {concurrency}: {runs[^1].ByVerb}");
                var results = string.Join(",", runs.Select(r => r.Result).Distinct());
                failed |= results != nameof(SyncResult.Succeeded);
                var requests = string.Join("/", runs.Select(r => r.Requests).Distinct());
                var discovery = string.Join("/", runs.Select(r => r.Discovery).Distinct());
                Console.WriteLine($"| {latency} ms | {concurrency} | {Ms(runs.Average(r => r.Elapsed.TotalMilliseconds))} | "
                    + $"{Ms(runs.Min(r => r.Elapsed.TotalMilliseconds))} | {Ms(runs.Max(r => r.Elapsed.TotalMilliseconds))} | "
                    + $"{requests} ({discovery}) | {results} |");
            }
        }
        Console.WriteLine();
        Console.WriteLine("Requests per verb (last measured run of each row):");
        verbs.ForEach(Console.WriteLine);
        return failed ? 1 : 0;
    }

    private static async Task<SyncRun> SyncOnceAsync(IReadOnlyList<ManifestDocument> documents, int latencyMs, int concurrency)
    {
        await using var simulator = await ClusterSimulator.StartAsync(new SimulatorOptions
        {
            WorkDuration = WorkDuration,
            Latency = TimeSpan.FromMilliseconds(latencyMs),
        });
        var redactor = new SecretRedactor();
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            simulator.KubeconfigYaml, context: null, "simulator kubeconfig", new EmptyEnvironment(), redactor);
        using var client = new KubernetesClusterClient(connection, TimeProvider.System);
        var before = simulator.Requests.Count;
        var stopwatch = Stopwatch.StartNew();
        // As `hooksync sync` does: scopes from discovery, then the plan, then the executor.
        var scopes = await DiscoveredScopes.LoadAsync(client, documents.Select(d => d.Object.Gvk), BuiltInScopes.Instance, CancellationToken.None);
        var plan = SyncPlanner.Plan(documents, new PlanContext("0123456789abcdef", DateTimeOffset.UtcNow, "default", scopes));
        var executor = new SyncExecutor(client, new NullSyncObserver(), TimeProvider.System, HealthAssessor.Default);
        var report = await executor.RunAsync(plan, new SyncOptions { Concurrency = concurrency }, CancellationToken.None);
        stopwatch.Stop();
        var requests = simulator.Requests.Skip(before).ToList();
        return new SyncRun(stopwatch.Elapsed, requests.Count, requests.Count(r => r.Verb == "discovery"),
            report.Result?.ToString() ?? "none: " + report.Message,
            string.Join(" ", requests.GroupBy(r => r.Verb ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")));
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
