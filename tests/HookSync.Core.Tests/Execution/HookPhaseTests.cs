using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class HookPhaseTests
{
    [Theory]
    [InlineData(SyncPhase.PreSync)]
    [InlineData(SyncPhase.Sync)]
    [InlineData(SyncPhase.PostSync)]
    public async Task RunAsync_HookSucceeds_SucceededWithKubectlMessage(SyncPhase phase)
    {
        // S-05 (TestPreSyncHookSuccessful, TestSyncHookSuccessful, TestPostSyncHookSuccessful).
        using var harness = new SyncHarness();
        var hook = Hook(Pod("hook"), phase);
        var app = Resource(Pod("pod", restartPolicy: "Always"));
        var plan = phase == SyncPhase.PostSync ? Of(app, hook) : Of(hook, app);

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal(2, report.ResultCount());
        var result = report.Task("hook");
        Assert.Equal((ResultCode.Synced, OperationPhase.Succeeded, "pod/hook created", phase), (result.Status!.Value, result.State!.Value, result.Message, result.Phase));
        Assert.True(result.Hook);
        Assert.Equal(PhaseResult.Succeeded, report.Phases[phase]);
    }

    [Fact]
    public async Task RunAsync_PreSyncHookFails_SyncPhaseNeverApplied()
    {
        // S-06 (TestPreSyncHookFailure): exit 10, one result, the app Pod is never created.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(Hook(Pod("hook"), SyncPhase.PreSync), Resource(Pod("pod", restartPolicy: "Always")));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal((SyncResult.Failed, SyncPhase.PreSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal(SyncPhase.PreSync, report.FailedPhase);
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", report.Message);
        Assert.Equal(1, report.ResultCount());
        Assert.Equal((OperationPhase.Failed, "container \"main\" failed with exit code 1"), (report.Task("hook").State!.Value, report.Task("hook").Message));
        Assert.Null(harness.Cluster.Find("Pod", "default", "pod"));
        Assert.Equal(PhaseResult.Failed, report.Phases[SyncPhase.PreSync]);
        Assert.Equal(PhaseResult.NotRun, report.Phases[SyncPhase.Sync]);
    }

    [Fact]
    public async Task RunAsync_SyncHookFails_AppPodStaysSynced()
    {
        // S-07 (TestSyncHookFailure): exit 11, two results, the app Pod applied and Synced.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(Hook(Pod("hook"), SyncPhase.Sync), Resource(Pod("pod", restartPolicy: "Always")));

        var report = await harness.RunAsync(plan);

        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal(2, report.ResultCount());
        Assert.Equal(ResultCode.Synced, report.Task("pod").Status);
        Assert.NotNull(harness.Cluster.Find("Pod", "default", "pod"));
    }

    [Fact]
    public async Task RunAsync_PostSyncHookFails_ExitCode12WithResourcesSynced()
    {
        // S-08 (TestPostSyncHookFailure).
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(Resource(Pod("pod", restartPolicy: "Always")), Hook(Pod("hook"), SyncPhase.PostSync));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal((SyncResult.Failed, SyncPhase.PostSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal((ResultCode.Synced, OperationPhase.Succeeded), (report.Task("pod").Status!.Value, report.Task("pod").State!.Value));
        Assert.Equal(PhaseResult.Succeeded, report.Phases[SyncPhase.Sync]);
        Assert.Equal(PhaseResult.Failed, report.Phases[SyncPhase.PostSync]);
    }

    [Fact]
    public async Task RunAsync_DegradedResource_PostSyncHookNeverCreated()
    {
        // S-09 (TestPostSyncHookPodFailure): the app Pod exits 1; PostSync never runs.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "pod", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(Resource(Pod("pod")), Hook(Pod("hook"), SyncPhase.PostSync));

        var report = await harness.RunAsync(plan, new HookSync.Core.Execution.SyncOptions { Wait = false });

        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal(1, report.ResultCount());
        Assert.DoesNotContain("apply Pod/hook", harness.Cluster.Calls("apply"));
        Assert.Equal(PhaseResult.NotRun, report.Phases[SyncPhase.PostSync]);
    }

    [Fact]
    public async Task RunAsync_HookDeletedFromOutsideWhileRunning_ErrorMissing()
    {
        // D-1/D8 (TestSync_MultistepResourceDeletionMidstep): no finalizer; vanishing before completion → Error.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing, VanishAfter = TimeSpan.FromSeconds(3) });
        var plan = Of(Hook(Job("migrate"), SyncPhase.PreSync), Resource(ConfigMap("cfg")));

        var report = await harness.RunAsync(plan);

        var hook = report.Task("migrate");
        Assert.Equal((ResultCode.SyncFailed, OperationPhase.Error), (hook.Status!.Value, hook.State!.Value));
        Assert.Equal("Resource batch/Job/migrate is missing, it might have been deleted", hook.Message);
        Assert.Equal((SyncResult.Failed, SyncPhase.PreSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
    }

    [Fact]
    public async Task RunAsync_HookVanishesAfterCompletion_KeepsObservedState()
    {
        // D-1: a hook that vanishes after a terminal state was observed keeps that state (e.g. a Job TTL of 0).
        using var harness = new SyncHarness();
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(1), VanishAfter = TimeSpan.FromSeconds(2) });
        harness.Cluster.Script("Deployment", "web", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(10) });
        var plan = Of(Hook(Job("migrate"), SyncPhase.Sync), Resource(Deployment("web")));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal(OperationPhase.Succeeded, report.Task("migrate").State);
        Assert.Null(harness.Cluster.Find("Job", "default", "migrate"));
    }

    [Fact]
    public async Task RunAsync_HealthCheckError_HookError()
    {
        // S3/P7: a health-check error turns a hook into Error "failed to get resource health: …".
        using var harness = new SyncHarness();
        var pod = HookSync.Core.Execution.TrackingId.Annotate("hooksync", Pod("hook"));
        harness.Cluster.Seed(pod, new System.Text.Json.Nodes.JsonObject { ["phase"] = "Bogus" });

        var report = await harness.RunAsync(Of(Hook(Pod("hook"), SyncPhase.Sync, policies: [HookDeletePolicy.HookFailed])));

        Assert.Equal((OperationPhase.Error, "failed to get resource health: unknown pod phase Bogus"), (report.Task("hook").State!.Value, report.Task("hook").Message));
        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.True(report.Task("hook").Deleted);
    }

    [Fact]
    public async Task RunAsync_PlanWithErrors_NothingAppliedExit3()
    {
        using var harness = new SyncHarness();
        var plan = Of(Resource(ConfigMap("cfg"))) with
        {
            Diagnostics = [HookSync.Core.Diagnostics.Diagnostic.Error("HS1001", "document has no kind", new HookSync.Core.Model.SourceLocation("app.yaml", 3))],
        };

        var report = await harness.RunAsync(plan);

        Assert.Equal((SyncResult.Failed, EndReason.InvalidManifests), (report.Result!.Value, report.Reason));
        Assert.Equal("one or more synchronization tasks are not valid: document has no kind", report.Message);
        Assert.Empty(harness.Cluster.Requests);
        Assert.Single(report.Diagnostics);
    }
}
