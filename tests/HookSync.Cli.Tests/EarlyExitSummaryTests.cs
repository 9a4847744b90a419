using System.Text.Json.Nodes;
using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Core.Ports;
using HookSync.Testing;
using HookSync.Testing.Cluster;
using Moq;

namespace HookSync.Cli.Tests;

/// <summary>
/// After exit 2 (no credentials) and exit 4 (unreachable cluster) the summaries show what is known (revision, app, the plan)
/// and say what was not reached; a dry run says DryRun on every channel.
/// </summary>
public sealed class EarlyExitSummaryTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private AppFixture GitHub(IClusterConnector? clusters = null)
    {
        var app = new AppFixture { Clusters = clusters, UseSystemTime = true };
        app.Environment["GITHUB_ACTIONS"] = "true";
        app.Environment["GITHUB_OUTPUT"] = _workspace.FullPath("github-output");
        app.Environment["GITHUB_STEP_SUMMARY"] = _workspace.FullPath("step-summary.md");
        app.Environment["RUNNER_TEMP"] = _workspace.Root;
        return app;
    }

    private AppFixture GitLab(IClusterConnector? clusters = null)
    {
        var app = new AppFixture { Clusters = clusters, UseSystemTime = true };
        app.Environment["GITLAB_CI"] = "true";
        // The reports go to the project directory; the runs name the repository as --workspace for the manifests.
        app.Environment["CI_PROJECT_DIR"] = _workspace.Root;
        return app;
    }

    [Fact]
    public async Task NoCredentials_GitHub_SummaryShowsRevisionAndPlanAndSaysNoClusterWasContacted()
    {
        var result = await GitHub().RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--app", "webapp");

        Assert.Equal(2, result.ExitCode);
        var outputs = GitHubOutputFile.Parse(_workspace.FullPath("github-output"));
        Assert.Equal(("abc1234", "NotRun", "NotRun"), (outputs["revision"], outputs["presync"], outputs["postsync"]));
        var summary = File.ReadAllText(_workspace.FullPath("step-summary.md"));
        Assert.Contains("Revision `abc1234`", summary, StringComparison.Ordinal);
        Assert.Contains("nothing was applied to app webapp: 8 tasks planned at revision abc1234, none run (no cluster was contacted)", summary, StringComparison.Ordinal);
        Assert.Contains("webapp-migrate-abc1234-presync-", summary, StringComparison.Ordinal);
        Assert.Contains("not run", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("| Empty |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentials_GitLab_DotenvShowsRevisionAndNotRunPhases()
    {
        var result = await GitLab().RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--workspace", RepoPaths.Root);

        Assert.Equal(2, result.ExitCode);
        var dotenv = DotenvFile.Parse(_workspace.FullPath("hooksync.env"));
        Assert.Equal(("abc1234", "NotRun", "2"), (dotenv["HOOKSYNC_REVISION"], dotenv["HOOKSYNC_SYNC"], dotenv["HOOKSYNC_EXIT_CODE"]));
        var json = JsonNode.Parse(File.ReadAllText(_workspace.FullPath("hooksync-report.json")))!;
        Assert.Equal(8, json["tasks"]!.AsArray().Count);
        Assert.Contains("none run (no cluster was contacted)", (string?)json["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_GitHub_SummaryShowsThePlanAndSaysTheClusterWasNotReached()
    {
        var result = await GitHub(new UnreachableConnector()).RunAsync("sync", "examples/webapp", "--revision", "abc1234");

        Assert.Equal(4, result.ExitCode);
        var summary = File.ReadAllText(_workspace.FullPath("step-summary.md"));
        Assert.Contains("Revision `abc1234`", summary, StringComparison.Ordinal);
        Assert.Contains("none run (the cluster was not reached)", summary, StringComparison.Ordinal);
        Assert.Equal("NotRun", GitHubOutputFile.Parse(_workspace.FullPath("github-output"))["sync"]);
    }

    [Fact]
    public async Task Unreachable_GitLab_DotenvShowsTheRevision()
    {
        var result = await GitLab(new UnreachableConnector()).RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--workspace", RepoPaths.Root);

        Assert.Equal(4, result.ExitCode);
        var dotenv = DotenvFile.Parse(_workspace.FullPath("hooksync.env"));
        Assert.Equal(("abc1234", "NotRun", "4"), (dotenv["HOOKSYNC_REVISION"], dotenv["HOOKSYNC_PRESYNC"], dotenv["HOOKSYNC_EXIT_CODE"]));
    }

    [Fact]
    public async Task DryRun_EveryChannelSaysDryRun()
    {
        using var cluster = new InMemoryCluster(TimeProvider.System);
        var github = await GitHub(new InMemoryConnector(cluster)).RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--dry-run");
        var gitlab = await GitLab(new InMemoryConnector(cluster)).RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--dry-run",
            "--workspace", RepoPaths.Root);

        Assert.Equal((0, 0), (github.ExitCode, gitlab.ExitCode));
        Assert.Contains("Phases: PreSync=DryRun, Sync=DryRun, PostSync=DryRun, SyncFail=DryRun", github.Out, StringComparison.Ordinal);
        var summary = File.ReadAllText(_workspace.FullPath("step-summary.md"));
        foreach (var phase in new[] { "PreSync", "Sync", "PostSync", "SyncFail" })
        {
            Assert.Contains($"| {phase} | DryRun |", summary, StringComparison.Ordinal);
        }
        var dotenv = DotenvFile.Parse(_workspace.FullPath("hooksync.env"));
        Assert.Equal(("DryRun", "DryRun", "DryRun", "DryRun"),
            (dotenv["HOOKSYNC_PRESYNC"], dotenv["HOOKSYNC_SYNC"], dotenv["HOOKSYNC_POSTSYNC"], dotenv["HOOKSYNC_SYNCFAIL"]));
        var json = JsonNode.Parse(File.ReadAllText(_workspace.FullPath("hooksync-report.json")))!;
        Assert.Equal("DryRun", (string?)json["phases"]!["SyncFail"]);
    }

    private sealed class UnreachableConnector : IClusterConnector
    {
        public Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken)
        {
            var refused = new ClusterException(ClusterFailureKind.Unreachable,
                "cannot reach the Kubernetes API server at https://127.0.0.1:1: Connection refused (127.0.0.1:1)");
            var client = new Mock<IClusterClient>();
            client.Setup(c => c.FindResourceAsync(It.IsAny<Core.Model.GroupVersionKind>(), It.IsAny<CancellationToken>())).ThrowsAsync(refused);
            return Task.FromResult(new ClusterSession(client.Object, "https://127.0.0.1:1", "default", () => ValueTask.CompletedTask));
        }
    }
}
