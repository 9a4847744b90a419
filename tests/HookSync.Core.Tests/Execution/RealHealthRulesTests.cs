using HookSync.Core.Health;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

/// <summary>Core scenarios again, judged by the built-in H-rules (<see cref="HealthAssessor.Default"/>) instead of the small test rules.</summary>
public sealed class RealHealthRulesTests
{
    private static SyncHarness Harness() => new() { Health = HealthAssessor.Default };

    [Fact]
    public async Task RunAsync_PreSyncJobSyncDeploymentPostSyncPod_Succeeds()
    {
        using var harness = Harness();
        var plan = Of(Hook(Job("migrate"), SyncPhase.PreSync), Resource(Deployment("web")), Hook(Pod("smoke"), SyncPhase.PostSync));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal("successfully synced (no more tasks)", report.Message);
        Assert.All(report.Tasks, t => Assert.Equal(OperationPhase.Succeeded, t.State));
        Assert.Contains(harness.Observer.WaitingMessages, m => m.StartsWith("waiting for healthy state of apps/Deployment/web", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_FailingJobHook_Exit10WithJobMessage()
    {
        using var harness = Harness();
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var report = await harness.RunAsync(Of(Hook(Job("migrate"), SyncPhase.PreSync), Resource(Deployment("web"))));

        Assert.Equal((SyncResult.Failed, SyncPhase.PreSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal((OperationPhase.Failed, "Job has reached the specified backoff limit"), (report.Task("migrate").State!.Value, report.Task("migrate").Message));
    }

    [Fact]
    public async Task RunAsync_DegradedDeploymentWithWait_Exit11()
    {
        using var harness = Harness();
        harness.Cluster.Script("Deployment", "web", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var report = await harness.RunAsync(Of(Resource(Deployment("web"))));

        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal(OperationPhase.Failed, report.Task("web").State);
    }

    [Fact]
    public async Task RunAsync_FailingPodHook_ContainerExitMessage()
    {
        using var harness = Harness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var report = await harness.RunAsync(Of(Resource(ConfigMap("cfg")), Hook(Pod("hook"), SyncPhase.PostSync)));

        Assert.Equal((SyncResult.Failed, SyncPhase.PostSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal("container \"main\" failed with exit code 1", report.Task("hook").Message);
    }
}
