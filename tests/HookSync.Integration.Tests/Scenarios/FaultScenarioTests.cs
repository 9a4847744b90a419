using System.Collections.Concurrent;
using HookSync.Core.Reporting;
using HookSync.Kubernetes;
using HookSync.Simulator;
using HookSync.Simulator.Faults;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Syncs through a cluster that drops connections, loses answers and throttles: safe retries keep them Succeeded.</summary>
public sealed class FaultScenarioTests
{
    // Short backoffs keep these real-clock scenarios quick; the retry logic is the same as with the defaults.
    private static KubernetesClientOptions Options(ConcurrentQueue<ApiRetry> retries) =>
        new() { FirstRetryDelay = TimeSpan.FromMilliseconds(20), OnRetry = retries.Enqueue };

    [Fact]
    public async Task Sync_ResetOnTheFirstGetAndAnswerLostAfterTheHookApply_SucceedsWithOneHook()
    {
        var retries = new ConcurrentQueue<ApiRetry>();
        await using var runner = await ScenarioRunner.StartAsync(clientOptions: Options(retries));
        runner.Script.Inject(new FaultRule(FaultKind.ResetBeforeProcessing) { Verb = "GET", MaxCount = 1 });
        // The first apply of the hook is the dry-run pass; the second is the real one.
        runner.Script.Inject(new FaultRule(FaultKind.LoseResponseAfterProcessing) { Verb = "apply", PathContains = "/jobs/migrate", After = 1, MaxCount = 1 });

        var run = await runner.SyncAsync([HookJob("migrate", "PreSync"), AlwaysPod("pod")]);

        Assert.Equal((SyncResult.Succeeded, EndReason.None), (run.Report.Result, run.Report.Reason));
        var all = runner.Simulator.Requests;
        var reset = Assert.Single(all, r => r.Fault == nameof(FaultKind.ResetBeforeProcessing));
        Assert.Equal(("GET", 0), (reset.Method, reset.StatusCode));
        var lost = Assert.Single(all, r => r.Fault == nameof(FaultKind.LoseResponseAfterProcessing));
        Assert.DoesNotContain("dryRun", lost.Query, StringComparison.Ordinal);
        // Counted on the server: the hook was created exactly once, and the retried apply found it in place.
        Assert.Single(all, r => r.Verb is "apply" or "create" && r.Path.StartsWith(Jobs, StringComparison.Ordinal) && r.StatusCode == 201
            && !r.Query.Contains("dryRun", StringComparison.Ordinal));
        Assert.Single(runner.Script.List("Job"));
        Assert.Equal(2, retries.Count);
        Assert.Contains(retries, r => r.Operation == "apply Job default/migrate" && r.Cause.StartsWith("connection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_ThirtyPercentOfRequestsThrottledOrUnavailable_Succeeds()
    {
        var retries = new ConcurrentQueue<ApiRetry>();
        await using var runner = await ScenarioRunner.StartAsync(clientOptions: Options(retries));
        // 15% 429, then 18% of the rest 503: about 30% of all requests, the same ones on every run of the same request sequence.
        runner.Script.Inject(new FaultRule(FaultKind.TooManyRequests) { Rate = 0.15, Seed = 11, RetryAfter = null });
        runner.Script.Inject(new FaultRule(FaultKind.ServiceUnavailable) { Rate = 0.18, Seed = 12, RetryAfter = null });

        var run = await runner.SyncAsync([HookJob("migrate", "PreSync"), AlwaysPod("pod"), HookPod("smoke", "PostSync")]);

        Assert.Equal((SyncResult.Succeeded, EndReason.None), (run.Report.Result, run.Report.Reason));
        var faulted = runner.Simulator.Requests.Count(r => r.Fault is not null);
        Assert.True(faulted > 0, "no request was faulted");
        Assert.NotEmpty(retries);
        Assert.All(retries, r => Assert.Matches("^HTTP (429|503) ", r.Cause));
        Assert.Single(runner.Script.List("Job"));
    }
}
