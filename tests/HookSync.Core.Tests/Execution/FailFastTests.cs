using System.Text.Json.Nodes;
using HookSync.Core.Diagnosis;
using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

/// <summary>D-16 fail fast on the injected clock: a hook whose pod cannot pull its image fails after --stuck-after, not at the timeout.</summary>
public sealed class FailFastTests
{
    private static KubeObject PullingPod(string job) => KubeObject.Parse($$$"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{job}}}-x2x9z","namespace":"default","labels":{"job-name":"{{{job}}}"}},
         "spec":{"containers":[{"name":"main","image":"ghcr.io/acme/migrate:9.9"}]}}
        """);

    private static JsonObject PullBackOff() => JsonNode.Parse("""
        {"phase":"Pending","containerStatuses":[{"name":"main","image":"ghcr.io/acme/migrate:9.9","restartCount":0,
         "state":{"waiting":{"reason":"ImagePullBackOff","message":"Back-off pulling image \"ghcr.io/acme/migrate:9.9\""}}}]}
        """)!.AsObject();

    private static SyncHarness StuckHook(out HookSync.Core.Planning.SyncPlan plan, KubeObject? job = null)
    {
        var harness = new SyncHarness { Step = TimeSpan.FromSeconds(5) };
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing });
        harness.Cluster.Seed(PullingPod("migrate"), PullBackOff());
        plan = Of(Hook(job ?? Job("migrate"), SyncPhase.PreSync), Resource(ConfigMap("cfg")));
        return harness;
    }

    [Fact]
    public async Task RunAsync_PodInImagePullBackOff_FailsAfterStuckAfterWithTheCause()
    {
        using var harness = StuckHook(out var plan);

        var report = await harness.RunAsync(plan, new SyncOptions { StuckAfter = TimeSpan.FromMinutes(2) });

        Assert.Equal(SyncResult.Failed, report.Result);
        var migrate = report.Task("migrate");
        Assert.Equal(OperationPhase.Failed, migrate.State);
        Assert.StartsWith("stuck in ImagePullBackOff for 2m (stuck-after): container \"main\" of Pod/migrate-x2x9z cannot pull image", migrate.Message, StringComparison.Ordinal);
        Assert.Equal(CauseCodes.ImagePullBackOff, migrate.Cause!.Code);
        var stuckFor = migrate.FinishedAt!.Value - migrate.StartedAt!.Value;
        Assert.InRange(stuckFor, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(15));
        Assert.DoesNotContain("apply ConfigMap/cfg", harness.Cluster.Calls("apply"));
    }

    [Fact]
    public async Task RunAsync_AnnotationWins_FailsAfterThirtySeconds()
    {
        using var harness = StuckHook(out var plan, Job("migrate").WithAnnotation(AnnotationKeys.StuckAfter, "30s"));

        var report = await harness.RunAsync(plan, new SyncOptions { StuckAfter = TimeSpan.FromMinutes(10) });

        var migrate = report.Task("migrate");
        Assert.StartsWith("stuck in ImagePullBackOff for 30s", migrate.Message, StringComparison.Ordinal);
        Assert.InRange(migrate.FinishedAt!.Value - migrate.StartedAt!.Value, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(45));
    }

    [Fact]
    public async Task RunAsync_StuckAfterZero_WaitsForTheTimeout()
    {
        using var harness = StuckHook(out var plan);

        var report = await harness.RunAsync(plan, new SyncOptions { StuckAfter = TimeSpan.Zero, Timeout = TimeSpan.FromMinutes(5) });

        Assert.Equal(SyncResult.TimedOut, report.Result);
        Assert.Equal(CauseCodes.ImagePullBackOff, report.Task("migrate").Cause!.Code);
    }

    [Fact]
    public void UnresolvableState_CrashLoopCountsOnlyPastItsRestarts()
    {
        static KubeObject Crashing(int restarts) => KubeObject.Parse(
            """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"status":{"containerStatuses":[{"name":"c","restartCount":"""
            + restarts.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ""","state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}}""");

        Assert.Null(StuckRules.UnresolvableState(Crashing(1)));
        Assert.Equal("CrashLoopBackOff", StuckRules.UnresolvableState(Crashing(StuckRules.CrashLoopRestarts)));
    }
}

/// <summary>Fail fast reads pods once per namespace per check, not once per task (issue 13's "no per-object re-read").</summary>
public sealed class FailFastReadTests
{
    [Fact]
    public async Task RunAsync_ManyRunningJobs_OnePodListPerNamespacePerCheck_NoGet()
    {
        using var harness = new SyncHarness { Step = TimeSpan.FromSeconds(5) };
        var jobs = Enumerable.Range(0, 6).Select(i => $"job-{i}").ToList();
        foreach (var job in jobs)
        {
            harness.Cluster.Script("Job", job, new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(30) });
        }
        var plan = Of([.. jobs.Select(j => Hook(Job(j), SyncPhase.PreSync))]);

        var report = await harness.RunAsync(plan, new SyncOptions { StuckAfter = TimeSpan.FromMinutes(2), ResyncInterval = TimeSpan.FromSeconds(5) });

        Assert.Equal(SyncResult.Succeeded, report.Result);
        // Fail fast lists the namespace's pods without a selector (the log follower lists each Job's pods by its label).
        var podLists = harness.Cluster.Requests.Where(r => r.Verb == "list" && r.Kind == "Pod" && r.Name.Length == 0).ToList();
        Assert.NotEmpty(podLists);
        // One list per check (a check every 5 s for ~30 s): never one list per Job, which would be six per check.
        Assert.True(podLists.Count <= 8, $"expected about one pod list per 5 s check over ~30 s, got {podLists.Count}");
        Assert.DoesNotContain(harness.Cluster.Requests, r => r.Verb == "get" && r.Kind == "Pod");
    }
}
