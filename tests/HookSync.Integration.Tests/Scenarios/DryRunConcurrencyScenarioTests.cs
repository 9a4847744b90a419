using HookSync.Core.Execution;
using HookSync.Core.Reporting;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>D-8 with --dry-run-concurrency: dry-runs run wider than applies, and every one ends before the first apply.</summary>
public sealed class DryRunConcurrencyScenarioTests
{
    [Fact]
    public async Task Sync_DryRunConcurrencyAboveConcurrency_DryRunsOverlapMoreThanAppliesAndAllEndBeforeFirstApply()
    {
        // 50 ms per request, so requests in flight overlap measurably on the server side (counted, not timed).
        await using var runner = await ScenarioRunner.StartAsync(o => o with { Latency = TimeSpan.FromMilliseconds(50) });
        var objects = Enumerable.Range(0, 24).Select(i => ManifestBuilder.ConfigMap($"cm-{i:00}")).ToList();

        var run = await runner.SyncAsync(objects, new SyncOptions { Concurrency = 2, DryRunConcurrency = 12 });

        Assert.Equal(SyncResult.Succeeded, run.Report.Result);
        // Counted by the simulator: requests arrived and not yet answered at once (the Verb is set when answered).
        Assert.InRange(runner.Simulator.MaxInFlight(IsDryRun), 3, 12);
        Assert.InRange(runner.Simulator.MaxInFlight(r => r.Method == "PATCH" && !IsDryRun(r)), 1, 2);
        var requests = run.Requests.ToList();
        var lastDryRun = requests.FindLastIndex(r => r.Query.Contains("dryRun=All", StringComparison.Ordinal));
        var firstApply = requests.FindIndex(r => r.Verb == "apply" && !r.Query.Contains("dryRun=All", StringComparison.Ordinal));
        Assert.True(lastDryRun < firstApply, "D-8: every dry-run answered before the first real apply");
    }

    private static bool IsDryRun(RecordedRequest r) => r.Method == "PATCH" && r.Query.Contains("dryRun=All", StringComparison.Ordinal);
}
