using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class PlainSyncTests
{
    [Fact]
    public async Task RunAsync_PodAndService_DryRunsThenAppliesInKindOrder()
    {
        // S-01 (TestSyncCreateInSortedOrder): dry-run both, then Service before Pod; single step.
        using var harness = new SyncHarness();
        var plan = Of(Resource(Service("my-service")), Resource(Pod("my-pod", restartPolicy: "Always")));

        var report = await harness.RunAsync(plan, new SyncOptions { Wait = false });

        Assert.Equal(
            ["dry-run Service/my-service", "dry-run Pod/my-pod", "apply Service/my-service", "apply Pod/my-pod"],
            harness.Cluster.Calls("dry-run", "apply"));
        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal((SyncResult.Succeeded, EndReason.None), (report.Result, report.Reason));
        Assert.Equal("successfully synced (all tasks run)", report.Message);
        Assert.All(report.Tasks, t => Assert.Equal(ResultCode.Synced, t.Status));
        Assert.Equal("service/my-service created", report.Task("my-service").Message);
        Assert.Equal([1, 2], report.Tasks.Select(t => t.Order!.Value));
    }

    [Fact]
    public async Task RunAsync_WithWait_SingleStepWaitsForHealthAndEndsWithNoMoreTasks()
    {
        // D-5: with --wait even a single-step plan waits for its resources.
        using var harness = new SyncHarness();
        var plan = Of(Resource(Deployment("web")));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal("successfully synced (no more tasks)", report.Message);
        Assert.Equal(OperationPhase.Succeeded, report.Task("web").State);
        Assert.Contains("waiting for healthy state of apps/Deployment/web", harness.Observer.WaitingMessages);
        Assert.Equal(PhaseResult.Succeeded, report.Phases[SyncPhase.Sync]);
        Assert.Equal(PhaseResult.Empty, report.Phases[SyncPhase.PreSync]);
    }

    [Fact]
    public async Task RunAsync_TwoWaves_SecondWaveWaitsForFirstWaveHealth()
    {
        // S-02 (TestSyncSuccessfully_Multistep) with --no-wait: B's health is never checked.
        using var harness = new SyncHarness("Service");
        harness.Cluster.Script("Service", "my-service", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(3) });
        harness.Cluster.Script("Service", "other-service", new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing });
        var plan = Of(Resource(Service("my-service")), Resource(Service("other-service"), wave: 5));

        var report = await harness.RunAsync(plan, new SyncOptions { Wait = false });

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal("successfully synced (all tasks run)", report.Message);
        Assert.Equal("waiting for healthy state of /Service/my-service", harness.Observer.WaitingMessages[0]);
        Assert.Equal(OperationPhase.Succeeded, report.Task("my-service").State);
        Assert.Equal(OperationPhase.Running, report.Task("other-service").State);
        Assert.Equal(2, report.ResultCount());
    }

    [Fact]
    public async Task RunAsync_DegradedFinalWaveWithNoWait_Succeeds()
    {
        // S-03 / D-5 --no-wait: Argo CD never health-waits the final wave.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Deployment", "web", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var report = await harness.RunAsync(Of(Resource(Deployment("web"))), new SyncOptions { Wait = false });

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal((SyncResult.Succeeded, EndReason.None), (report.Result, report.Reason));
    }

    [Fact]
    public async Task RunAsync_DegradedFinalWaveWithWait_FailsWithSyncExitCode()
    {
        // D-5 --wait: after the last wave every resource must be Healthy; Degraded in Sync → exit 11.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Deployment", "web", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var report = await harness.RunAsync(Of(Resource(Deployment("web"))));

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal(SyncPhase.Sync, report.FailedPhase);
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", report.Message);
        Assert.Equal(OperationPhase.Failed, report.Task("web").State);
        Assert.Equal("Deployment \"web\" exceeded its progress deadline", report.Task("web").Message);
        Assert.Equal(PhaseResult.Failed, report.Phases[SyncPhase.Sync]);
    }

    [Fact]
    public async Task RunAsync_DegradedMiddleWave_StopsBeforeNextWave()
    {
        // S-04 (TestFixingDegradedApp): cm-1 Degraded by a custom check → Failed, cm-2 never applied.
        using var harness = new SyncHarness("ConfigMap");
        harness.Cluster.Script("ConfigMap", "cm-1", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(Resource(ConfigMap("cm-1"), wave: 1), Resource(ConfigMap("cm-2"), wave: 2));

        var report = await harness.RunAsync(plan, new SyncOptions { Wait = false });

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal(1, report.ResultCount());
        Assert.Null(report.Task("cm-2").Order);
        Assert.DoesNotContain("apply ConfigMap/cm-2", harness.Cluster.Calls("apply"));
        Assert.Null(harness.Cluster.Find("ConfigMap", "default", "cm-2"));
    }
}
