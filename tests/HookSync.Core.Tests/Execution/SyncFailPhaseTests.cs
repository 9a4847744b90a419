using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class SyncFailPhaseTests
{
    private static ClusterException Invalid(string message) => new(ClusterFailureKind.Invalid, message, 422, "Invalid");

    [Fact]
    public async Task RunAsync_SuccessfulSync_SyncFailHookNeverApplied()
    {
        // S-10 (TestSync_SuccessfulSyncWithSyncFailHook).
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook-1", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(2) });
        var plan = Of(
            Hook(Pod("hook-1"), SyncPhase.Sync),
            Resource(Pod("pod")),
            Hook(Pod("sync-fail-hook"), SyncPhase.SyncFail, policies: [HookDeletePolicy.HookSucceeded]));

        var report = await harness.RunAsync(plan);

        Assert.Equal("successfully synced (no more tasks)", report.Message);
        Assert.Equal("waiting for completion of hook /Pod/hook-1 and 1 more resources", harness.Observer.WaitingMessages[0]);
        Assert.Equal(2, report.ResultCount());
        Assert.DoesNotContain("apply Pod/sync-fail-hook", harness.Cluster.Calls("apply"));
        Assert.Contains("dry-run Pod/sync-fail-hook", harness.Cluster.Calls("dry-run"));
        Assert.Equal(PhaseResult.NotRun, report.Phases[SyncPhase.SyncFail]);
    }

    [Fact]
    public async Task RunAsync_HookFails_SyncFailHookRunsAndIsWaitedFor()
    {
        // S-11 (TestSync_FailedSyncWithSyncFailHook_HookFailed).
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook-1", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        harness.Cluster.Script("Pod", "sync-fail-hook", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(4) });
        var plan = Of(Hook(Pod("hook-1"), SyncPhase.Sync), Resource(Pod("pod")), Hook(Pod("sync-fail-hook"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", report.Message);
        Assert.Contains("waiting for completion of hook /Pod/sync-fail-hook", harness.Observer.WaitingMessages);
        Assert.Equal(3, report.ResultCount());
        Assert.Equal(OperationPhase.Succeeded, report.Task("sync-fail-hook").State);
        Assert.Equal(PhaseResult.Succeeded, report.Phases[SyncPhase.SyncFail]);
        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
    }

    [Fact]
    public async Task RunAsync_ApplyFailsAndOneSyncFailHookFailsToApply_TwoLineMessage()
    {
        // S-12 (TestSync_FailedSyncWithSyncFailHook_ApplyFailed): F4 second line; SyncFail never changes the exit code.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "pod", new ObjectBehaviour { ApplyError = Invalid("fake pod failure") });
        harness.Cluster.Script("Pod", "failed-sync-fail-hook", new ObjectBehaviour { ApplyError = Invalid("fake hook failure") });
        harness.Cluster.Script("Pod", "sync-fail-hook", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(3) });
        var plan = Of(
            Resource(Pod("pod")),
            Hook(Pod("failed-sync-fail-hook"), SyncPhase.SyncFail),
            Hook(Pod("sync-fail-hook"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal(
            "one or more synchronization tasks completed unsuccessfully, reason: fake pod failure\none or more SyncFail hooks failed, reason: fake hook failure",
            report.Message);
        Assert.Equal((ResultCode.SyncFailed, OperationPhase.Failed, "fake pod failure"), (report.Task("pod").Status!.Value, report.Task("pod").State!.Value, report.Task("pod").Message));
        Assert.Equal((ResultCode.SyncFailed, OperationPhase.Failed), (report.Task("failed-sync-fail-hook").Status!.Value, report.Task("failed-sync-fail-hook").State!.Value));
        Assert.Equal(OperationPhase.Succeeded, report.Task("sync-fail-hook").State);
        Assert.Contains("waiting for completion of hook /Pod/sync-fail-hook", harness.Observer.WaitingMessages);
        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal(PhaseResult.Failed, report.Phases[SyncPhase.SyncFail]);
        Assert.Equal(["apply Pod/pod", "apply Pod/failed-sync-fail-hook", "apply Pod/sync-fail-hook"], harness.Cluster.Calls("apply"));
    }

    [Fact]
    public async Task RunAsync_ApplyFailsWithoutSyncFailHooks_ObjectsFailedToApply()
    {
        // S13 / F3: no SyncFail tasks and nothing running → Failed at once with the apply reasons.
        using var harness = new SyncHarness();
        harness.Cluster.Script("ConfigMap", "b", new ObjectBehaviour { ApplyError = Invalid("b is bad") });
        harness.Cluster.Script("ConfigMap", "a", new ObjectBehaviour { ApplyError = Invalid("a is bad") });
        var plan = Of(Resource(ConfigMap("a")), Resource(ConfigMap("b")), Resource(ConfigMap("c"), wave: 1));

        var report = await harness.RunAsync(plan, new HookSync.Core.Execution.SyncOptions { Wait = false });

        // D-7: the reason list is sorted.
        Assert.Equal("one or more objects failed to apply, reason: a is bad,b is bad", report.Message);
        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Null(report.Task("c").Order);
    }

    [Fact]
    public async Task RunAsync_SyncFailHookFailsAtRunTime_OnlyItsOwnResultShowsIt()
    {
        // S-13 (TestSyncFailHookPodFailure…): SyncFail Pods exiting 0 and 1; the message leaves the run-time failure out.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "post", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        harness.Cluster.Script("Pod", "fail-1", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(
            Resource(Pod("pod", restartPolicy: "Always")),
            Hook(Pod("post"), SyncPhase.PostSync),
            Hook(Pod("fail-0"), SyncPhase.SyncFail),
            Hook(Pod("fail-1"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal(4, report.ResultCount());
        Assert.Equal(OperationPhase.Succeeded, report.Task("fail-0").State);
        Assert.Equal((OperationPhase.Failed, "container \"main\" failed with exit code 1"), (report.Task("fail-1").State!.Value, report.Task("fail-1").Message));
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", report.Message);
        Assert.Equal((SyncResult.Failed, SyncPhase.PostSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal(PhaseResult.Failed, report.Phases[SyncPhase.SyncFail]);
    }

    [Fact]
    public async Task RunAsync_InvalidHookUpdate_OtherHookStillCompletes()
    {
        // S-14 (TestInvalidlHookWaitsForOtherHooksToComplete): an existing named hook whose update the server rejects.
        // Under D-8 a real immutable-field change already fails the server-side dry-run; here only the real write fails.
        using var harness = new SyncHarness();
        harness.Cluster.Seed(Pod("invalid-hook"), new System.Text.Json.Nodes.JsonObject { ["phase"] = "Succeeded" });
        const string invalid = "Pod \"invalid-hook\" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`";
        harness.Cluster.Script("Pod", "invalid-hook", new ObjectBehaviour { ApplyError = Invalid(invalid) });
        harness.Cluster.Script("Pod", "valid-hook", new ObjectBehaviour { CompletionDelay = TimeSpan.FromSeconds(5) });
        var plan = Of(
            Hook(Pod("invalid-hook"), SyncPhase.Sync, policies: [HookDeletePolicy.HookFailed]),
            Hook(Pod("valid-hook"), SyncPhase.Sync));

        var report = await harness.RunAsync(plan);

        Assert.Equal((ResultCode.SyncFailed, invalid), (report.Task("invalid-hook").Status!.Value, report.Task("invalid-hook").Message));
        Assert.Equal(OperationPhase.Succeeded, report.Task("valid-hook").State);
        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal($"one or more synchronization tasks completed unsuccessfully, reason: {invalid}", report.Message);
    }

    [Fact]
    public async Task RunAsync_SyncFailHookFromEarlierRun_DeletedThenRecreatedAndWaited()
    {
        // F3 + T3: a named SyncFail hook under the default BeforeHookCreation policy is deleted, then created again.
        using var harness = new SyncHarness();
        harness.Cluster.Seed(Job("on-fail"), new System.Text.Json.Nodes.JsonObject { ["succeeded"] = 1 });
        harness.Cluster.Script("Job", "on-fail", new ObjectBehaviour { DeletionDelay = TimeSpan.FromSeconds(4), CompletionDelay = TimeSpan.FromSeconds(3) });
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(Hook(Job("migrate"), SyncPhase.PreSync), Hook(Job("on-fail"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal(["apply Job/migrate", "delete Job/on-fail", "apply Job/on-fail"], harness.Cluster.Calls("apply", "delete"));
        Assert.Contains("waiting for deletion of hook batch/Job/on-fail", harness.Observer.WaitingMessages);
        Assert.Equal((TaskAction.Created, OperationPhase.Succeeded), (report.Task("on-fail").Action!.Value, report.Task("on-fail").State!.Value));
        Assert.Equal((SyncResult.Failed, SyncPhase.PreSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
    }
}
