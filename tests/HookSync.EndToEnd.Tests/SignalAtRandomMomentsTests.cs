using System.Text.Json;
using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary>
/// SIGTERM at ten moments of a run, from the first line it prints (credentials, workspace, discovery, dry-run) to the
/// wait on a hook: every time exit 143, a Cancelled report and the step outputs. The moments come from a fixed seed, so a
/// failure can be replayed; the seed and the moment are in the failure message.
/// </summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class SignalAtRandomMomentsTests(PublishedBinary binary)
{
    private const int Seed = 20261203;

    public static TheoryData<int> Moments()
    {
        var random = new Random(Seed);
        var data = new TheoryData<int>();
        // Half in the first 150 ms (start-up, where a signal used to crash the run), half across the rest of the run.
        for (var i = 0; i < 10; i++)
        {
            data.Add(i < 5 ? random.Next(0, 150) : random.Next(150, 1500));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Moments))]
    public async Task Sync_SigtermAtAMoment_Exits143WithReportAndOutputs(int afterFirstLineMs)
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");
        ci.Checkout.Write("deploy/zz-stuck.yaml", HookManifests.SuspendedPreSyncJob("stuck"));

        using var running = ci.Runner.Start("sync", "--simulate", "--revision", CiWorkspace.Revision, "deploy");
        await running.WaitForOutputAsync("\n", TimeSpan.FromMinutes(1));
        await Task.Delay(afterFirstLineMs);
        running.Signal("TERM");
        var run = await running.WaitAsync(TimeSpan.FromMinutes(1));

        var context = $"seed {Seed}, SIGTERM {afterFirstLineMs} ms after the first line\n{run}";
        Assert.True(run.ExitCode == 143, context);
        Assert.True(File.Exists(ci.GitHubReportPath), "no report: " + context);
        using var report = JsonDocument.Parse(File.ReadAllText(ci.GitHubReportPath));
        Assert.Equal("Cancelled", report.RootElement.GetProperty("result").GetString());
        Assert.Equal(143, report.RootElement.GetProperty("exitCode").GetInt32());
        var outputs = HookSync.Testing.GitHubOutputFile.Parse(ci.OutputPath);
        Assert.True(outputs.TryGetValue("result", out var result) && result == "Cancelled", "no result output: " + context);
        Assert.Equal("143", outputs["exit-code"]);
    }
}
