using System.Text.Json;
using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary>A hook timeout exits 20 and CI cancellation exits 130/143 with the report written (D-3, D-4).</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class TimeoutAndCancellationTests(PublishedBinary binary)
{
    [Fact]
    public async Task Sync_HookTimeoutAnnotationExpires_Exits20TimedOutAndRunsSyncFail()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.Checkout.Write("deploy/stuck.yaml", HookManifests.SuspendedPreSyncJob("stuck", "hooksync.dev/hook-timeout: 2s"));
        ci.Checkout.Write("deploy/cleanup.yaml", HookManifests.SyncFailJob("cleanup"));

        var run = await ci.SyncAsync("deploy");

        Assert.True(run.ExitCode == 20, run.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(ci.GitHubReportPath));
        Assert.Equal("TimedOut", report.RootElement.GetProperty("result").GetString());
        Assert.Equal("Succeeded", report.RootElement.GetProperty("phases").GetProperty("SyncFail").GetString());
        var outputs = HookSync.Testing.GitHubOutputFile.Parse(ci.OutputPath);
        Assert.Equal("TimedOut", outputs["result"]);
        Assert.Equal("Succeeded", outputs["syncfail"]);
    }

    [Fact]
    public async Task Sync_HookTimeoutOption_Exits20()
    {
        using var ci = CiWorkspace.GitLab(binary);
        ci.Checkout.Write("deploy/stuck.yaml", HookManifests.SuspendedPreSyncJob("stuck"));
        ci.Checkout.Write("deploy/cleanup.yaml", HookManifests.SyncFailJob("cleanup"));

        var run = await ci.SyncAsync("deploy", "--hook-timeout", "2s");

        Assert.True(run.ExitCode == 20, run.ToString());
        var env = HookSync.Testing.DotenvFile.Parse(ci.GitLabFile("hooksync.env"));
        Assert.Equal("TimedOut", env["HOOKSYNC_RESULT"]);
        Assert.Equal("Succeeded", env["HOOKSYNC_SYNCFAIL"]);
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task Sync_SignalWhileHookRuns_ExitsWithSignalCodeAndWritesCancelledReport(string signal, int exitCode)
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.Checkout.Write("deploy/stuck.yaml", HookManifests.SuspendedPreSyncJob("stuck"));
        ci.Checkout.Write("deploy/cleanup.yaml", HookManifests.SyncFailJob("cleanup"));
        var reportPath = ci.Checkout.FullPath("out/report.json");

        using var running = ci.Runner.Start("sync", "--simulate", "--revision", CiWorkspace.Revision, "--report", reportPath, "deploy");
        await running.WaitForOutputAsync("waiting for completion of hook batch/Job/stuck", TimeSpan.FromMinutes(2));
        running.Signal(signal);
        var run = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == exitCode, run.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        Assert.Equal("Cancelled", report.RootElement.GetProperty("result").GetString());
        Assert.Equal(exitCode, report.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal("Cancelled", HookSync.Testing.GitHubOutputFile.Parse(ci.OutputPath)["result"]);
        // D-4: SyncFail hooks are created (not awaited) on cancellation.
        Assert.Contains(run.OutputLines, l => l.Contains("Job/cleanup created", StringComparison.Ordinal));
    }
}
