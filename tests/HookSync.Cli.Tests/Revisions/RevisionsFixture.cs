using System.Text.Json.Nodes;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Cli.Tests.Revisions;

/// <summary>
/// Syncs revisions of an app into one running simulator through the whole CLI (real HTTP, real client), as a pipeline
/// would on successive commits, and reads back the report, the inventory and the simulator's requests.
/// </summary>
internal sealed class RevisionsFixture : IAsyncDisposable
{
    public const string App = "shop";

    private readonly TempWorkspace _workspace = new();
    private int _runs;

    private RevisionsFixture(ClusterSimulator simulator) => Simulator = simulator;

    public ClusterSimulator Simulator { get; }

    public static async Task<RevisionsFixture> StartAsync() =>
        new(await ClusterSimulator.StartAsync(new SimulatorOptions { WorkDuration = TimeSpan.FromMilliseconds(50) }));

    /// <summary>A ConfigMap manifest; <paramref name="annotations"/> are YAML lines such as <c>argocd.argoproj.io/sync-wave: "1"</c>.</summary>
    public static string ConfigMap(string name, params string[] annotations) =>
        $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n"
        + (annotations.Length == 0 ? string.Empty : "  annotations:\n" + string.Concat(annotations.Select(a => $"    {a}\n")))
        + "data:\n  key: value\n";

    /// <summary>A SyncFail hook Pod that succeeds.</summary>
    public static string SyncFailHook(string name) =>
        $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  annotations:\n    argocd.argoproj.io/hook: SyncFail\n"
        + "spec:\n  restartPolicy: Never\n  containers:\n  - name: main\n    image: busybox\n";

    /// <summary>Writes the documents as one revision of the app and syncs it with <paramref name="options"/>.</summary>
    public async Task<SyncRun> SyncAsync(IEnumerable<string> documents, params string[] options)
    {
        var run = Interlocked.Increment(ref _runs);
        var directory = $"rev{run}";
        _workspace.Write($"{directory}/app.yaml", string.Join("---\n", documents));
        var report = Path.Combine(_workspace.Root, $"report-{run}.json");
        var firstRequest = Simulator.Requests.Count;
        var app = new AppFixture { UseSystemTime = true, Clusters = new SharedSimulatorConnector(Simulator), CurrentDirectory = _workspace.Root };
        var result = await app.RunAsync(["sync", directory, "--revision", $"rev{run}", "--app", App, "--ci", "none", "--report", report, "--no-lock", .. options]);
        var json = File.Exists(report) ? JsonNode.Parse(await File.ReadAllTextAsync(report)) : null;
        return new SyncRun(result, json, [.. Simulator.Requests.Skip(firstRequest)]);
    }

    /// <summary>The inventory's object names (kind/name), sorted; empty when there is no inventory.</summary>
    public IReadOnlyList<string> InventoryNames()
    {
        var configMap = Simulator.Script.Get("ConfigMap", "default", "hooksync-" + App);
        if (configMap?["data"]?["inventory.json"]?.GetValue<string>() is not { } text)
        {
            return [];
        }
        return [.. JsonNode.Parse(text)!["objects"]!.AsArray().Select(o => $"{o!["kind"]}/{o["name"]}").Order(StringComparer.Ordinal)];
    }

    /// <summary>The ConfigMaps that exist (the inventory itself left out), sorted.</summary>
    public IReadOnlyList<string> LiveConfigMaps() =>
        [.. Simulator.Script.List("ConfigMap").Select(c => c["metadata"]!["name"]!.GetValue<string>()).Where(n => n != "hooksync-" + App)
            .Select(n => "ConfigMap/" + n).Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        _workspace.Dispose();
    }
}

/// <summary>One CLI run: its result, its JSON report, and the simulator's requests during it.</summary>
internal sealed record SyncRun(AppResult Result, JsonNode? Report, IReadOnlyList<RecordedRequest> Requests)
{
    public JsonNode Task(string name) =>
        Report!["tasks"]!.AsArray().Single(t => (string?)t!["name"] == name)!;

    /// <summary>(action, status, state) of a task, as the report spells them.</summary>
    public (string?, string?, string?) Outcome(string name)
    {
        var task = Task(name);
        return ((string?)task["action"], (string?)task["status"], (string?)task["state"]);
    }

    /// <summary>Names deleted by this run, in request order.</summary>
    public IReadOnlyList<string> Deletes =>
        [.. Requests.Where(r => r.Method == "DELETE" && r.StatusCode < 300).Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..])];

    /// <summary>Real (not dry-run) writes as "METHOD name".</summary>
    public IReadOnlyList<string> Writes =>
        [.. Requests.Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE" && !r.Query.Contains("dryRun", StringComparison.Ordinal) && r.Verb != "review")
            .Select(r => $"{r.Method} {r.Path[(r.Path.LastIndexOf('/') + 1)..]}")];

    public override string ToString() => Result.Out + Result.Error;
}
