using HookSync.Core.Execution;
using HookSync.Core.Ports;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class ExecutionMechanicsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task RunAsync_ManyObjectsOfOneKind_AppliesBoundedByConcurrency(int concurrency)
    {
        // T4: one kind-run is applied in parallel, never more than --concurrency at once.
        using var harness = new SyncHarness();
        harness.Cluster.ApplyLatency = TimeSpan.FromSeconds(1);
        var plan = Of([.. Enumerable.Range(0, 12).Select(i => Resource(ConfigMap($"cm-{i:D2}")))]);

        var report = await harness.RunAsync(plan, new SyncOptions { Concurrency = concurrency });

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal(concurrency, harness.Cluster.MaxConcurrentApplies);
    }

    [Fact]
    public async Task RunAsync_TwoKindsInOneWave_KindRunsAreSequential()
    {
        // T4/W7: all Secrets, then all ConfigMaps; the runs never overlap.
        using var harness = new SyncHarness();
        var plan = Of(
            Resource(Secret("s-1")), Resource(Secret("s-2")), Resource(Secret("s-3")),
            Resource(ConfigMap("c-1")), Resource(ConfigMap("c-2")), Resource(ConfigMap("c-3")));
        harness.Cluster.ApplyLatency = TimeSpan.FromSeconds(1);

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal(3, harness.Cluster.MaxConcurrentApplies);
        Assert.Equal(["Secret", "Secret", "Secret", "ConfigMap", "ConfigMap", "ConfigMap"],
            harness.Cluster.Requests.Where(r => r.Verb == "apply").Select(r => r.Kind));
    }

    [Fact]
    public async Task RunAsync_AppliedObjects_CarryTrackingAnnotationWithoutChangingPlan()
    {
        // D-11: hooksync.dev/tracking-id: <app>:<group>/<kind>:<namespace>/<name>.
        using var harness = new SyncHarness();
        var plan = Of(Resource(ConfigMap("cfg")), Resource(Deployment("web")));

        await harness.RunAsync(plan, new SyncOptions { AppName = "shop" });

        Assert.Equal("shop:/ConfigMap:default/cfg", harness.Cluster.Find("ConfigMap", "default", "cfg")!.Annotations[AnnotationKeys.TrackingId]);
        Assert.Equal("shop:apps/Deployment:default/web", harness.Cluster.Find("Deployment", "default", "web")!.Annotations[AnnotationKeys.TrackingId]);
        Assert.False(plan.Tasks[0].Object.Annotations.ContainsKey(AnnotationKeys.TrackingId));
    }

    [Fact]
    public async Task RunAsync_JobHookWithLogs_KeepsLastLinesAndEmitsEvents()
    {
        // Hook logs: the Job's Pods are found by job-name and streamed; the report keeps LogTailLines lines.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(10), LogLines = ["one", "two", "three"] });
        var plan = Of(Hook(Job("migrate"), SyncPhase.PreSync), Resource(ConfigMap("cfg")));

        var report = await harness.RunAsync(plan, new SyncOptions { LogTailLines = 2 });

        Assert.Equal(["two", "three"], report.Task("migrate").LogTail);
        Assert.Equal(["one", "two", "three"], harness.Observer.Events.OfType<HookLogLine>().Select(l => l.Line));
        Assert.All(harness.Observer.Events.OfType<HookLogLine>(), l => Assert.Equal("migrate-pod", l.Pod));
        Assert.Contains(harness.Cluster.Requests, r => r.Verb == "list" && r.Name == "job-name=migrate");
    }

    [Fact]
    public async Task RunAsync_PodHookWithLogs_CapturesTail()
    {
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(5), LogLines = ["migrating", "done"] });

        var report = await harness.RunAsync(Of(Hook(Pod("hook"), SyncPhase.Sync)));

        Assert.Equal(["migrating", "done"], report.Task("hook").LogTail);
    }

    [Fact]
    public async Task RunAsync_LongWait_WaitingEventsRateLimited()
    {
        // R3 events: when the message changes, and at most once per WaitingReportInterval while unchanged.
        using var harness = new SyncHarness { Step = TimeSpan.FromSeconds(1) };
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(60) });

        await harness.RunAsync(Of(Hook(Job("migrate"), SyncPhase.Sync)));

        var waiting = harness.Observer.Events.OfType<Waiting>().ToList();
        Assert.All(waiting, w => Assert.Equal("waiting for completion of hook batch/Job/migrate", w.Message));
        Assert.InRange(waiting.Count, 3, 8);
        Assert.All(waiting.Zip(waiting.Skip(1)), pair => Assert.True(pair.Second.Elapsed - pair.First.Elapsed >= TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task RunAsync_ThreePhases_PublishesPhaseEventsInOrder()
    {
        using var harness = new SyncHarness();
        var plan = Of(Hook(Pod("pre"), SyncPhase.PreSync), Resource(ConfigMap("cfg"), wave: 2), Hook(Pod("post"), SyncPhase.PostSync));

        var report = await harness.RunAsync(plan);

        var phaseEvents = harness.Observer.Events
            .Select(e => e switch
            {
                PhaseStarted s => $"start {s.Phase}",
                PhaseCompleted c => $"end {c.Phase} {c.Result}",
                WaveStarted w => $"wave {w.Phase} {w.Wave}",
                _ => null,
            })
            .OfType<string>();
        Assert.Equal(
            ["start PreSync", "wave PreSync 0", "end PreSync Succeeded", "start Sync", "wave Sync 2", "end Sync Succeeded", "start PostSync", "wave PostSync 0", "end PostSync Succeeded"],
            phaseEvents);
        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.All(report.Tasks, t => Assert.True(t.FinishedAt >= t.StartedAt));
    }

    [Fact]
    public async Task RunAsync_WatchMissesEvents_FallbackListStillCompletesHook()
    {
        // Resync: a re-read of blocking objects every ResyncInterval, even when watches stay silent: a list of their kind.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(3) });
        harness.Cluster.SuppressWatchEvents = true;

        // Fail fast off: its own read of a hook's pods (D-16) is not the re-read this test is about.
        var report = await harness.RunAsync(Of(Hook(Pod("hook"), SyncPhase.Sync)),
            new SyncOptions { ResyncInterval = TimeSpan.FromSeconds(5), StuckAfter = TimeSpan.Zero });

        Assert.Equal(OperationPhase.Succeeded, report.Task("hook").State);
        Assert.Contains(harness.Cluster.Requests, r => r.Verb == "list" && r.Kind == "Pod" && r.Namespace == "default");
        // The one GET is T3's look for an old instance, before the create; the re-read never GETs the hook.
        Assert.Single(harness.Cluster.Requests, r => r.Verb == "get" && r.Kind == "Pod");
    }

    [Fact]
    public async Task RunAsync_NamespacesPulledIntoPreSync_EachNamespaceAppliedBeforeItsJob()
    {
        // S-30 (TestSyncTasksSort_NamespaceAndObjectInNamespace): plan order ns1, job1, ns2, job2 gives four kind-runs.
        using var harness = new SyncHarness();
        var plan = Of(
            Resource(Namespace("ns1"), phase: SyncPhase.PreSync),
            Hook(Job("job1", ns: "ns1"), SyncPhase.PreSync) with { SkipDryRun = true },
            Resource(Namespace("ns2"), phase: SyncPhase.PreSync),
            Hook(Job("job2", ns: "ns2"), SyncPhase.PreSync) with { SkipDryRun = true });

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal(["apply Namespace/ns1", "apply Job/job1", "apply Namespace/ns2", "apply Job/job2"], harness.Cluster.Calls("apply"));
        Assert.Equal(["dry-run Namespace/ns1", "dry-run Namespace/ns2"], harness.Cluster.Calls("dry-run"));
    }

    [Fact]
    public async Task RunAsync_SamePlanTwice_SameEventsAtTheSameFakeTimes()
    {
        // The harness moves fake time only while the run is idle, so parallel applies, watches and log followers
        // cannot make a run observe a different time; only the order of simultaneous events may differ.
        static async Task<List<string>> RunOnceAsync()
        {
            using var harness = new SyncHarness();
            harness.Cluster.ApplyLatency = TimeSpan.FromMilliseconds(700);
            harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(4), LogLines = ["one", "two"] });
            var plan = Of([Hook(Job("migrate"), SyncPhase.PreSync), .. Enumerable.Range(0, 6).Select(i => Resource(ConfigMap($"cm-{i}"))), Resource(Deployment("web"), wave: 1)]);
            await harness.RunAsync(plan, new SyncOptions { Concurrency = 4 });
            return harness.Observer.Events.Select(e => $"{e.Elapsed.TotalMilliseconds:F0} {e.GetType().Name}").Order(StringComparer.Ordinal).ToList();
        }

        var first = await RunOnceAsync();
        var second = await RunOnceAsync();

        Assert.Equal(first, second);
    }

    private static Model.KubeObject Secret(string name) =>
        Model.KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"{{{name}}}","namespace":"default"}}""");
}
