using System.Text.Json.Nodes;
using HookSync.Testing;

namespace HookSync.Cli.Tests.Revisions;

/// <summary>
/// <c>--simulate-state</c>: separate <c>sync --simulate</c> processes share one simulated cluster through a file, so the
/// shipped prune example (examples/prune) can be rehearsed from the command line, as its README shows.
/// </summary>
public sealed class SimulateStateTests : IDisposable
{
    private readonly TempWorkspace _scratch = new();

    private string State => Path.Combine(_scratch.Root, "cluster.json");

    private async Task<(AppResult Result, JsonNode Report)> SyncAsync(params string[] args)
    {
        var report = Path.Combine(_scratch.Root, $"report-{Guid.NewGuid():N}.json");
        var app = new AppFixture { UseSystemTime = true };
        var result = await app.RunAsync(["sync", "--simulate", "--simulate-state", State, "--app", "shop", "--ci", "none", "--revision", "abc1234",
            "--report", report, .. args]);
        return (result, JsonNode.Parse(await File.ReadAllTextAsync(report))!);
    }

    private static JsonNode Task(JsonNode report, string name) => report["tasks"]!.AsArray().Single(t => (string?)t!["name"] == name)!;

    [Fact]
    public async Task PruneExample_SecondRevisionPrunesWhatTheFirstApplied_AcrossProcesses()
    {
        var first = await SyncAsync("examples/prune/v1");
        var wouldPrune = await SyncAsync("examples/prune/v2");
        var pruned = await SyncAsync("examples/prune/v2", "--prune");
        var again = await SyncAsync("examples/prune/v2", "--prune");

        Assert.True(first.Result.ExitCode == 0, first.Result.Out + first.Result.Error);
        Assert.True(File.Exists(State));
        Assert.Equal("PruneSkipped", (string?)Task(wouldPrune.Report, "shop-flags")["status"]);
        Assert.Contains("would prune ConfigMap/shop-flags", wouldPrune.Result.Out);
        Assert.True(pruned.Result.ExitCode == 0, pruned.Result.Out + pruned.Result.Error);
        Assert.Equal(("pruned", "Pruned"), ((string?)Task(pruned.Report, "shop-flags")["action"], (string?)Task(pruned.Report, "shop-flags")["status"]));
        Assert.Contains("ignored (no prune)", (string?)Task(pruned.Report, "shop-archive")["message"]);
        // Gone now, so nothing left to prune but the object kept by Prune=false.
        Assert.DoesNotContain(again.Report["tasks"]!.AsArray(), t => (string?)t!["name"] == "shop-flags");
        Assert.Contains(again.Report["tasks"]!.AsArray(), t => (string?)t!["name"] == "shop-archive");
    }

    [Fact]
    public async Task Diff_AfterTheFirstRevision_ShowsTheUpdateAndThePruneFromTheInventory_AndChangesNothing()
    {
        var first = await SyncAsync("examples/prune/v1");
        Assert.True(first.Result.ExitCode == 0, first.Result.Out + first.Result.Error);
        var saved = await File.ReadAllTextAsync(State);

        var diff = await new AppFixture { UseSystemTime = true }.RunAsync("diff", "--simulate", "--simulate-state", State, "--app", "shop",
            "--ci", "none", "--revision", "abc1234", "--format", "json", "examples/prune/v2");

        Assert.True(diff.ExitCode == 1, diff.Out + diff.Error);
        var json = JsonNode.Parse(diff.Out)!;
        Assert.Equal((0, 1, 1, 1), ((int)json["counts"]!["create"]!, (int)json["counts"]!["update"]!, (int)json["counts"]!["unchanged"]!,
            (int)json["counts"]!["prune"]!));
        var prune = json["objects"]!.AsArray().Single(o => (string?)o!["action"] == "prune")!;
        Assert.Equal("shop-flags", (string?)prune["name"]);
        Assert.Contains("examples/prune/v1/app.yaml:", (string?)prune["note"]);
        // shop-archive says Prune=false: the sync would keep it, so the diff does not list it.
        Assert.DoesNotContain(json["objects"]!.AsArray(), o => (string?)o!["name"] == "shop-archive");
        Assert.Equal(saved, await File.ReadAllTextAsync(State));
    }

    [Fact]
    public async Task BrokenStateFile_IsAConfigurationErrorNamingTheFile()
    {
        await File.WriteAllTextAsync(State, "{ not json");

        var (result, _) = await SyncAsync("examples/prune/v1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--simulate-state", result.Out + result.Error);
        Assert.Contains("cluster.json", result.Out + result.Error);
    }

    [Fact]
    public async Task SimulateStateWithoutSimulate_IsAUsageError()
    {
        var result = await new AppFixture().RunAsync("sync", "--simulate-state", State, "examples/prune/v1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("only work with --simulate", result.Error);
    }

    public void Dispose() => _scratch.Dispose();
}
