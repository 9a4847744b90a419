using System.Text.Json;
using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests;

/// <summary>The published binary on GitHub Actions, outputs and exit codes (README Exit codes, docs/ci.md Outputs).</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class GitHubExitCodeTests(PublishedBinary binary)
{
    [Fact]
    public async Task Sync_WebappSucceeds_Exits0WithEveryOutput()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy");

        Assert.True(run.ExitCode == 0, run.ToString());
        var outputs = GitHubOutputFile.Parse(ci.OutputPath);
        Assert.Equal("Succeeded", outputs["result"]);
        Assert.Equal("0", outputs["exit-code"]);
        Assert.Equal(string.Empty, outputs["failed-phase"]);
        Assert.Equal("Succeeded", outputs["presync"]);
        Assert.Equal("Succeeded", outputs["sync"]);
        Assert.Equal("Succeeded", outputs["postsync"]);
        Assert.Equal("NotRun", outputs["syncfail"]);
        Assert.Equal(CiWorkspace.Revision, outputs["revision"]);
        Assert.Equal(ci.GitHubReportPath, outputs["report"]);
        using var report = JsonDocument.Parse(File.ReadAllText(ci.GitHubReportPath));
        Assert.Equal("Succeeded", report.RootElement.GetProperty("result").GetString());
        Assert.Equal(0, report.RootElement.GetProperty("exitCode").GetInt32());
        // --revision was given, so "the revision is unknown (use --revision …)" would be wrong advice.
        Assert.DoesNotContain("HS5002", run.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(report.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Theory]
    [InlineData("Job/webapp-migrate-", 10, "PreSync")]
    [InlineData("Job/webapp-warm-cache-", 11, "Sync")]
    [InlineData("Job/webapp-smoke-test-", 12, "PostSync")]
    public async Task Sync_HookFails_ExitsWithPhaseCodeAndRunsSyncFail(string failing, int exitCode, string phase)
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-fail", failing);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        var outputs = GitHubOutputFile.Parse(ci.OutputPath);
        Assert.Equal("Failed", outputs["result"]);
        Assert.Equal(exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture), outputs["exit-code"]);
        Assert.Equal(phase, outputs["failed-phase"]);
        Assert.Equal("Failed", outputs[phase.ToLowerInvariant()]);
        Assert.Equal("Succeeded", outputs["syncfail"]);
        using var report = JsonDocument.Parse(File.ReadAllText(ci.GitHubReportPath));
        Assert.Equal(phase, report.RootElement.GetProperty("failedPhase").GetString());
        Assert.Equal("Succeeded", report.RootElement.GetProperty("phases").GetProperty("SyncFail").GetString());
    }

    [Fact]
    public async Task Sync_PreSyncHookFails_AppliesNothingOfTheSyncPhase()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/webapp-migrate-");

        Assert.Equal(10, run.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(ci.GitHubReportPath));
        var syncTasks = report.RootElement.GetProperty("tasks").EnumerateArray()
            .Where(t => t.GetProperty("phase").GetString() == "Sync").ToList();
        Assert.NotEmpty(syncTasks);
        Assert.All(syncTasks, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("action").ValueKind));
        Assert.Equal("NotRun", GitHubOutputFile.Parse(ci.OutputPath)["sync"]);
    }

    [Fact]
    public async Task Sync_InvalidManifests_Exits3WithErrorAnnotationsAndNoSyncFail()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("broken");

        var run = await ci.SyncAsync("deploy");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains(run.OutputLines, l => l.StartsWith("::error file=deploy/app.yaml,line=", StringComparison.Ordinal));
        var outputs = GitHubOutputFile.Parse(ci.OutputPath);
        Assert.Equal("Failed", outputs["result"]);
        Assert.Equal("3", outputs["exit-code"]);
    }
}
