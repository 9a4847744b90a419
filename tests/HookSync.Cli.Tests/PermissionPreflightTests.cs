using System.Text.Json.Nodes;

namespace HookSync.Cli.Tests;

/// <summary>README "Permissions preflight": the whole sync command against the simulator over HTTP, with a restricted identity.</summary>
public sealed class PermissionPreflightTests
{
    private static readonly string[] WriteVerbs = ["create", "apply", "patch", "update", "delete", "deletecollection"];

    [Fact]
    public async Task Sync_IdentityLackingDeleteJobs_OneErrorListingItAndNoWriteRequest()
    {
        await using var connector = new RecordingSimulatorConnector();
        var report = Path.Combine(Path.GetTempPath(), $"hooksync-preflight-{Guid.NewGuid():N}.json");
        try
        {
            var result = await new AppFixture { UseSystemTime = true, Clusters = connector }
                .RunAsync("sync", "--simulate", "examples/webapp", "--simulate-deny", "delete:jobs", "--report", report);

            Assert.True(result.ExitCode == 4, result.Out + result.Error);
            var errors = result.Out.Split('\n').Where(l => l.StartsWith("error HS8050", StringComparison.Ordinal)).ToList();
            var error = Assert.Single(errors);
            Assert.Contains("\"system:serviceaccount:default:hooksync\" lacks 1 permission this sync needs: delete jobs.batch in namespace \"default\".", error);
            Assert.Contains("Nothing was applied", error);
            // Nothing written, not even the lock's Lease or a dry-run: only discovery, reads and reviews reached the server.
            var requests = connector.Simulator!.Requests;
            Assert.Contains(requests, r => r.Verb == "review" && r.Path.EndsWith("/selfsubjectaccessreviews", StringComparison.Ordinal));
            Assert.DoesNotContain(requests, r => WriteVerbs.Contains(r.Verb));
            Assert.Empty(connector.Simulator.Script.List("Job"));
            var json = JsonNode.Parse(File.ReadAllText(report))!;
            Assert.Equal(("Error", 4), ((string?)json["result"], (int?)json["exitCode"]));
            Assert.Contains(json["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "HS8050");
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Sync_EveryRightGranted_ReviewsEachNeedOnceAndSucceeds()
    {
        await using var connector = new RecordingSimulatorConnector();

        var result = await new AppFixture { UseSystemTime = true, Clusters = connector }.RunAsync("sync", "--simulate", "examples/webapp");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("permissions preflight:", result.Out);
        Assert.Contains(" 0 missing", result.Out);
        var reviews = connector.Simulator!.Requests.Where(r => r.Verb == "review").ToList();
        Assert.NotEmpty(reviews);
        // The reviews all come before the first write.
        var firstWrite = connector.Simulator.Requests.ToList().FindIndex(r => WriteVerbs.Contains(r.Verb));
        var lastReview = connector.Simulator.Requests.ToList().FindLastIndex(r => r.Verb == "review");
        Assert.True(lastReview < firstWrite, "a review came after a write");
    }

    [Fact]
    public async Task Sync_SkipPreflight_AsksNothingAndFailsOnTheRefusedDelete()
    {
        await using var connector = new RecordingSimulatorConnector();

        var result = await new AppFixture { UseSystemTime = true, Clusters = connector }
            .RunAsync("sync", "--simulate", "examples/webapp", "--simulate-deny", "delete:jobs", "--skip-preflight");

        Assert.DoesNotContain(connector.Simulator!.Requests, r => r.Verb == "review");
        Assert.Contains("cannot delete resource \"jobs\" in API group \"batch\"", result.Out);
    }

    [Fact]
    public async Task Sync_SimulateDenyWithoutSimulate_IsAUsageError()
    {
        var result = await new AppFixture().RunAsync("sync", "examples/webapp", "--simulate-deny", "delete:jobs");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--simulate-deny only works with --simulate", result.Out + result.Error);
    }

    [Fact]
    public async Task Sync_SimulateDenyMalformed_IsAUsageError()
    {
        var result = await new AppFixture().RunAsync("sync", "--simulate", "examples/webapp", "--simulate-deny", "delete");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("VERB:RESOURCE[:NAMESPACE]", result.Out + result.Error);
    }
}
