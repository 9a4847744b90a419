using System.Text.Json.Nodes;
using HookSync.Testing;
using HookSync.Testing.Cluster;

namespace HookSync.Cli.Tests;

/// <summary>
/// <c>sync</c> end to end in process, with the cluster injected through the composition root: the exit code, the verdict and
/// the JSON report come from the one exit-code mapping.
/// </summary>
public sealed class HostCompositionTests : IDisposable
{
    private readonly InMemoryCluster _cluster = new(TimeProvider.System) { CompletionDelay = TimeSpan.FromMilliseconds(20) };
    private readonly string _report = Path.Combine(Path.GetTempPath(), $"hooksync-host-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Sync_InjectedCluster_AppliesTheExampleAndExitsZero()
    {
        var result = await App().RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--report", _report);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains(InMemoryConnector.Target, result.Out);
        Assert.Contains("Result: Succeeded (exit 0)", result.Out);
        var json = JsonNode.Parse(File.ReadAllText(_report))!;
        Assert.Equal(("Succeeded", 0), ((string?)json["result"], (int?)json["exitCode"]));
        Assert.Contains(_cluster.Calls("apply"), call => call.Contains("Deployment/webapp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_PreSyncHookFails_ExitsTenInProcessReportAndVerdict()
    {
        _cluster.Script("Job", "webapp-migrate-", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var result = await App().RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--report", _report);

        Assert.Equal(10, result.ExitCode);
        Assert.Contains("(exit 10)", result.Error);
        var json = JsonNode.Parse(File.ReadAllText(_report))!;
        Assert.Equal(("Failed", 10, "PreSync"), ((string?)json["result"], (int?)json["exitCode"], (string?)json["failedPhase"]));
    }

    [Fact]
    public async Task Sync_GitHubRunner_WritesTheMappedExitCodeToTheOutputs()
    {
        using var workspace = new TempWorkspace();
        var (app, outputs) = GitHubApp(workspace);
        _cluster.Script("Job", "webapp-migrate-", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var result = await app.RunAsync("sync", "examples/webapp", "--revision", "abc1234");

        Assert.Equal(10, result.ExitCode);
        Assert.Equal("10", GitHubOutputFile.Parse(outputs)["exit-code"]);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(workspace.Root, "hooksync-report.json")))!;
        Assert.Equal(10, (int?)json["exitCode"]);
    }

    [Fact]
    public async Task Sync_DryRun_PhasesAreDryRunNotSucceeded_SoAPostSyncGateDoesNotPass()
    {
        using var workspace = new TempWorkspace();
        var (app, outputs) = GitHubApp(workspace);

        var result = await app.RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--dry-run");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        var written = GitHubOutputFile.Parse(outputs);
        Assert.Equal(("DryRun", "DryRun", "DryRun", "DryRun"), (written["presync"], written["sync"], written["postsync"], written["syncfail"]));
        Assert.Empty(_cluster.Calls("apply"));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(workspace.Root, "hooksync-report.json")))!;
        Assert.Equal("DryRun", (string?)json["phases"]!["PostSync"]);
    }

    public void Dispose()
    {
        _cluster.Dispose();
        File.Delete(_report);
    }

    private AppFixture App() => new() { UseSystemTime = true, Clusters = new InMemoryConnector(_cluster) };

    // A GitHub Actions step: outputs go to a file in the workspace, and so does the default report (RUNNER_TEMP).
    private (AppFixture App, string Outputs) GitHubApp(TempWorkspace workspace)
    {
        var app = App();
        var outputs = Path.Combine(workspace.Root, "github-output");
        app.Environment["GITHUB_ACTIONS"] = "true";
        app.Environment["GITHUB_OUTPUT"] = outputs;
        app.Environment["RUNNER_TEMP"] = workspace.Root;
        return (app, outputs);
    }
}
