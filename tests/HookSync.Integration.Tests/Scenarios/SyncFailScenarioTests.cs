using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Scenarios S-10…S-14 (docs/sync-semantics.md Scenario index) through the simulator: the SyncFail phase (rules F1–F5).</summary>
public sealed class SyncFailScenarioTests
{
    [Fact]
    public async Task Sync_SuccessfulSync_SyncFailHookOnlyDryRun()
    {
        // S-10 (TestSync_SuccessfulSyncWithSyncFailHook).
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.SucceedAfter("Pod", "hook-1", TimeSpan.FromMilliseconds(600));

        var run = await runner.SyncAsync([
            HookPod("hook-1", "Sync", "BeforeHookCreation"), AlwaysPod("pod"), HookPod("sync-fail-hook", "SyncFail", "HookSucceeded")]);

        Assert.Equal([$"apply {Pods}hook-1", $"apply {Pods}pod"], run.Writes);
        Assert.Contains($"apply {Pods}sync-fail-hook (dry run)", run.AllWrites);
        Assert.Equal((SyncResult.Succeeded, EndReason.None, "successfully synced (no more tasks)"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal("waiting for completion of hook /Pod/hook-1 and 1 more resources", run.WaitingMessages[0]);
        Assert.Equal(2, run.ResultCount);
        Assert.Null(run.Task("sync-fail-hook").State);
        Assert.Equal(PhaseResult.NotRun, run.Report.Phases[SyncPhase.SyncFail]);
    }

    [Fact]
    public async Task Sync_HookFails_SyncFailHookCreatedAfterFailureAndWaitedFor()
    {
        // S-11 (TestSync_FailedSyncWithSyncFailHook_HookFailed).
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.FailAfter("Pod", "hook-1", TimeSpan.FromMilliseconds(100));
        runner.Script.SucceedAfter("Pod", "sync-fail-hook", TimeSpan.FromMilliseconds(600));

        var run = await runner.SyncAsync([HookPod("hook-1", "Sync"), AlwaysPod("pod"), HookPod("sync-fail-hook", "SyncFail")]);

        Assert.Equal([$"apply {Pods}hook-1", $"apply {Pods}pod", $"apply {Pods}sync-fail-hook"], run.Writes);
        Assert.Equal((SyncResult.Failed, EndReason.None, "one or more synchronization tasks completed unsuccessfully"),
            (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Contains("waiting for completion of hook /Pod/sync-fail-hook", run.WaitingMessages);
        Assert.Equal(3, run.ResultCount);
        Assert.Equal((ResultCode.Synced, OperationPhase.Succeeded), (run.Task("sync-fail-hook").Status!.Value, run.Task("sync-fail-hook").State!.Value));
        Assert.Equal((PhaseResult.Failed, PhaseResult.Succeeded), (run.Report.Phases[SyncPhase.Sync], run.Report.Phases[SyncPhase.SyncFail]));
    }

    [Fact]
    public async Task Sync_ApplyFailsAndOneSyncFailHookFailsToApply_TwoLineMessage()
    {
        // S-12 (TestSync_FailedSyncWithSyncFailHook_ApplyFailed): F4 second line; SyncFail never changes the exit code.
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.RejectRealApply("Pod", "pod", 422, "Invalid", "fake pod failure");
        runner.Script.RejectRealApply("Pod", "failed-sync-fail-hook", 422, "Invalid", "fake hook failure");
        runner.Script.SucceedAfter("Pod", "sync-fail-hook", TimeSpan.FromMilliseconds(600));

        var run = await runner.SyncAsync([AlwaysPod("pod"), HookPod("failed-sync-fail-hook", "SyncFail"), HookPod("sync-fail-hook", "SyncFail")]);

        Assert.Equal([$"apply {Pods}pod", $"apply {Pods}failed-sync-fail-hook", $"apply {Pods}sync-fail-hook"], run.Writes);
        Assert.Equal(
            "one or more synchronization tasks completed unsuccessfully, reason: fake pod failure\none or more SyncFail hooks failed, reason: fake hook failure",
            run.Report.Message);
        Assert.Equal((SyncResult.Failed, EndReason.None, SyncPhase.Sync), (run.Report.Result, run.Report.Reason, run.Report.FailedPhase));
        Assert.Equal((ResultCode.SyncFailed, OperationPhase.Failed, "fake pod failure"),
            (run.Task("pod").Status!.Value, run.Task("pod").State!.Value, run.Task("pod").Message));
        Assert.Equal((ResultCode.SyncFailed, OperationPhase.Failed, "fake hook failure"),
            (run.Task("failed-sync-fail-hook").Status!.Value, run.Task("failed-sync-fail-hook").State!.Value, run.Task("failed-sync-fail-hook").Message));
        Assert.Equal(OperationPhase.Succeeded, run.Task("sync-fail-hook").State);
        Assert.Contains("waiting for completion of hook /Pod/sync-fail-hook", run.WaitingMessages);
        Assert.Equal(PhaseResult.Failed, run.Report.Phases[SyncPhase.SyncFail]);
    }

    [Fact]
    public async Task Sync_SyncFailHookFailsAtRunTime_OnlyItsOwnResultShowsIt()
    {
        // S-13 (TestSyncFailHookPodFailure, TestSyncFailHookPodFailureSyncFailFailure).
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Pod/post", "Pod/fail-1"] });

        var run = await runner.SyncAsync([AlwaysPod("pod"), HookPod("post", "PostSync"), HookPod("fail-0", "SyncFail"), HookPod("fail-1", "SyncFail")]);

        Assert.Equal([$"apply {Pods}pod", $"apply {Pods}post", $"apply {Pods}fail-0", $"apply {Pods}fail-1"], run.Writes);
        Assert.Equal(4, run.ResultCount);
        Assert.Equal(OperationPhase.Succeeded, run.Task("fail-0").State);
        Assert.Equal((OperationPhase.Failed, "container \"main\" failed with exit code 1"), (run.Task("fail-1").State!.Value, run.Task("fail-1").Message));
        Assert.Equal((SyncResult.Failed, EndReason.None, "one or more synchronization tasks completed unsuccessfully"),
            (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal(PhaseResult.Failed, run.Report.Phases[SyncPhase.SyncFail]);
        Assert.All(runner.Script.List("Pod"), p => Assert.Null(p["metadata"]!["finalizers"]));
    }

    [Fact]
    public async Task Sync_ExistingNamedHookWithChangedImmutableSpec_FailsWithoutCancellingSibling()
    {
        // S-14 (TestInvalidlHookWaitsForOtherHooksToComplete): first sync leaves the named HookFailed hook; the second changes
        // its pod spec. Under D-8 the server-side dry-run already rejects it: exit 3, nothing applied (README Exit codes).
        await using var runner = await ScenarioRunner.StartAsync();
        var first = await runner.SyncAsync([HookPod("invalid-hook", "Sync", "HookFailed"), HookPod("valid-hook", "Sync")]);
        Assert.Equal(SyncResult.Succeeded, first.Report.Result);

        var changed = ManifestBuilder.Pod("invalid-hook").Hook("Sync").DeletePolicy("HookFailed").Spec(new System.Text.Json.Nodes.JsonObject
        {
            ["restartPolicy"] = "Never",
            ["containers"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["name"] = "other", ["image"] = "busybox" }),
        });
        var run = await runner.SyncAsync([changed, HookPod("valid-hook", "Sync")]);

        Assert.Empty(run.Writes);
        Assert.Equal((SyncResult.Failed, EndReason.InvalidManifests, "one or more objects failed to apply (dry run)"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal(ResultCode.SyncFailed, run.Task("invalid-hook").Status);
        Assert.StartsWith("Pod \"invalid-hook\" is invalid", run.Task("invalid-hook").Message, StringComparison.Ordinal);
        Assert.All(run.Requests.Where(r => r.Verb is "apply" or "create"), r => Assert.Contains("dryRun=All", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_InvalidHookRejectedOnlyOnWrite_OtherHookStillCompletes()
    {
        // S-14 with a failure the dry-run cannot see: the invalid hook is SyncFailed, the sibling still runs to Succeeded.
        await using var runner = await ScenarioRunner.StartAsync();
        const string invalid = "Pod \"invalid-hook\" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`";
        runner.Script.RejectRealApply("Pod", "invalid-hook", 422, "Invalid", invalid);
        runner.Script.SucceedAfter("Pod", "valid-hook", TimeSpan.FromMilliseconds(600));

        var run = await runner.SyncAsync([HookPod("invalid-hook", "Sync", "HookFailed"), HookPod("valid-hook", "Sync")]);

        Assert.Equal([$"apply {Pods}invalid-hook", $"apply {Pods}valid-hook"], run.Writes);
        Assert.Equal((ResultCode.SyncFailed, OperationPhase.Failed, invalid),
            (run.Task("invalid-hook").Status!.Value, run.Task("invalid-hook").State!.Value, run.Task("invalid-hook").Message));
        Assert.Equal(OperationPhase.Succeeded, run.Task("valid-hook").State);
        Assert.Equal((SyncResult.Failed, EndReason.None), (run.Report.Result, run.Report.Reason));
        Assert.Equal($"one or more synchronization tasks completed unsuccessfully, reason: {invalid}", run.Report.Message);
    }
}
