using HookSync.Core.Execution;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Scenarios S-15…S-21 (docs/sync-semantics.md Scenario index) through the simulator: delete policies (D1–D5) under D-1 (no finalizer).</summary>
public sealed class DeletePolicyScenarioTests
{
    [Fact]
    public async Task Sync_BeforeHookCreationWithLiveHook_DeletesWaitsUntilGoneThenCreates()
    {
        // S-15 (TestBeforeHookCreation) under D-1: no finalizer update; delete, wait for the old Job to go, create.
        await using var runner = await ScenarioRunner.StartAsync();
        ManifestBuilder[] manifests = [HookJob("my-hook", "PreSync", "BeforeHookCreation"), ManifestBuilder.ConfigMap("cfg")];
        var first = await runner.SyncAsync(manifests);
        var oldUid = runner.Script.Get("Job", "default", "my-hook")!["metadata"]!["uid"]!.GetValue<string>();

        var run = await runner.SyncAsync(manifests);

        Assert.Equal((SyncResult.Succeeded, SyncResult.Succeeded), (first.Report.Result, run.Report.Result));
        Assert.Equal([$"delete {Jobs}my-hook", $"apply {Jobs}my-hook", $"apply {ConfigMaps}cfg"], run.Writes);
        Assert.Equal("waiting for deletion of hook batch/Job/my-hook", run.WaitingMessages[0]);
        Assert.Contains("waiting for completion of hook batch/Job/my-hook", run.WaitingMessages);
        Assert.DoesNotContain(run.Requests, r => r.Verb is "update" or "patch");
        Assert.Equal((TaskAction.Created, OperationPhase.Succeeded), (run.Task("my-hook").Action!.Value, run.Task("my-hook").State!.Value));
        Assert.NotEqual(oldUid, runner.Script.Get("Job", "default", "my-hook")!["metadata"]!["uid"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sync_ExistingHooksWithEachPolicy_OnlyBeforeHookCreationOneDeletedFirst()
    {
        // S-16 (TestSync_ExistingHooksWithFinalizer) under D-1: no finalizer updates, one delete before creation;
        // at the end D3 deletes the HookSucceeded hook (it was already deleted after the first, successful sync).
        await using var runner = await ScenarioRunner.StartAsync();
        ManifestBuilder[] manifests() =>
            [HookPod("bhc-hook", "PreSync", "BeforeHookCreation"), HookPod("failed-hook", "PreSync", "HookFailed"), HookPod("succeeded-hook", "PreSync", "HookSucceeded")];
        await runner.SyncAsync(manifests());
        var failedHookUid = runner.Script.Get("Pod", "default", "failed-hook")!["metadata"]!["uid"]!.GetValue<string>();

        var run = await runner.SyncAsync(manifests());

        Assert.Equal(
            [$"delete {Pods}bhc-hook", $"apply {Pods}bhc-hook", $"apply {Pods}failed-hook", $"apply {Pods}succeeded-hook", $"delete {Pods}succeeded-hook"],
            run.Writes);
        // The HookFailed hook is re-applied onto the old object (D6), not recreated.
        Assert.Equal(failedHookUid, runner.Script.Get("Pod", "default", "failed-hook")!["metadata"]!["uid"]!.GetValue<string>());
        Assert.Equal((TaskAction.Unchanged, OperationPhase.Succeeded), (run.Task("failed-hook").Action!.Value, run.Task("failed-hook").State!.Value));
        Assert.Equal([false, false, true], run.Report.Tasks.Select(t => t.Deleted));
        Assert.Equal((SyncResult.Succeeded, "successfully synced (no more tasks)"), (run.Report.Result, run.Report.Message));
    }

    [Fact]
    public async Task Sync_BeforeHookCreationDeleteFindsNothing_CreatesInSameStep()
    {
        // S-17 (TestSync_HookWithReplaceAndBeforeHookCreation_AlreadyDeleted): the live hook vanishes while HookSync's delete is
        // in flight (simulated latency leaves the gap); NotFound counts as gone and the hook is created at once.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { Latency = TimeSpan.FromMilliseconds(150) });
        ManifestBuilder[] manifests = [HookPod("hook", "PreSync", "BeforeHookCreation")];
        await runner.SyncAsync(manifests);
        var before = runner.Simulator.Requests.Count;

        var run = await runner.SyncAsync(manifests, interfere: sim =>
            sim.Requests.Skip(before).Any(r => r.Verb == "delete" && r.Path == $"{Pods}hook") && runner.Script.DeleteFromOutside("Pod", "default", "hook"));

        Assert.Equal([$"delete {Pods}hook", $"apply {Pods}hook"], run.Writes);
        Assert.Contains(run.Requests, r => r.Verb == "delete" && r.StatusCode == 404);
        Assert.DoesNotContain(run.WaitingMessages, m => m.StartsWith("waiting for deletion", StringComparison.Ordinal));
        Assert.Equal((SyncResult.Succeeded, TaskAction.Created), (run.Report.Result, run.Task("hook").Action!.Value));
    }

    [Fact]
    public async Task Sync_HookStillRunning_NothingDeletedBeforeCancellation()
    {
        // S-18 (TestSync_HooksNotDeletedIfPhaseNotCompleted): while hook-1 runs no hook is cleaned up.
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.StayProgressing("Pod", "hook-1");

        var run = await runner.SyncAsync(
            [HookPod("hook-1", "Sync", "HookSucceeded"), HookPod("hook-2", "Sync", "HookSucceeded"), HookPod("hook-3", "Sync", "HookFailed")],
            cancelWhen: sim => sim.Script.Get("Pod", "default", "hook-3")?["status"]?["phase"]?.GetValue<string>() == "Succeeded"
                && sim.Script.Get("Pod", "default", "hook-2")?["status"]?["phase"]?.GetValue<string>() == "Succeeded");

        // R3: the first hook of the blocking set is named (hook-2 and hook-3 may or may not have been seen complete yet).
        Assert.Contains(run.WaitingMessages, m => m.StartsWith("waiting for completion of hook /Pod/hook-1", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Writes, w => w.StartsWith("delete", StringComparison.Ordinal));
        Assert.Equal((SyncResult.Cancelled, EndReason.None, "Operation cancelled"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal(OperationPhase.Running, run.Task("hook-1").State);
    }

    [Fact]
    public async Task Sync_OperationSucceeds_OnlyHookSucceededHookDeleted()
    {
        // S-19 (TestSync_HooksDeletedAfterSyncSucceeded; e2e TestHookDeletePolicyHookSucceededHookExit0), D3.
        await using var runner = await ScenarioRunner.StartAsync();

        var run = await runner.SyncAsync(
            [HookPod("hook-1", "Sync", "BeforeHookCreation"), HookPod("hook-2", "Sync", "HookFailed"), HookPod("hook-3", "Sync", "HookSucceeded")]);

        Assert.Equal([$"apply {Pods}hook-1", $"apply {Pods}hook-2", $"apply {Pods}hook-3", $"delete {Pods}hook-3"], run.Writes);
        Assert.Equal((SyncResult.Succeeded, EndReason.None, "successfully synced (no more tasks)"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal([false, false, true], run.Report.Tasks.Select(t => t.Deleted));
        Assert.Contains(run.Events.OfType<HookDeleted>(), e => e.Task.Key.Name == "hook-3");
        // Deleted with foreground propagation: gone, or terminating until the garbage collector runs.
        Assert.True(runner.Script.Get("Pod", "default", "hook-3") is not { } live || live["metadata"]!["deletionTimestamp"] is not null);
    }

    [Fact]
    public async Task Sync_OperationFails_HookFailedHookDeletedEvenThoughItSucceeded()
    {
        // S-20 (TestSync_HooksDeletedAfterSyncFailed), D4.
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.FailAfter("Pod", "hook-1", TimeSpan.FromMilliseconds(400));

        var run = await runner.SyncAsync(
            [HookPod("hook-1", "Sync", "BeforeHookCreation"), HookPod("hook-2", "Sync", "HookFailed"), HookPod("hook-3", "Sync", "HookSucceeded")]);

        Assert.Equal([$"apply {Pods}hook-1", $"apply {Pods}hook-2", $"apply {Pods}hook-3", $"delete {Pods}hook-2"], run.Writes);
        Assert.Equal((SyncResult.Failed, EndReason.None, "one or more synchronization tasks completed unsuccessfully"),
            (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal((OperationPhase.Succeeded, true), (run.Task("hook-2").State!.Value, run.Task("hook-2").Deleted));
        Assert.Equal((OperationPhase.Failed, false), (run.Task("hook-1").State!.Value, run.Task("hook-1").Deleted));
        Assert.NotNull(runner.Script.Get("Pod", "default", "hook-3"));
    }

    [Theory]
    [InlineData("HookSucceeded", true, SyncResult.Failed)]
    [InlineData("HookFailed", false, SyncResult.Succeeded)]
    public async Task Sync_PolicyDoesNotMatchOutcome_HookPodRemains(string policy, bool hookFails, SyncResult expected)
    {
        // S-21 (TestHookDeletePolicyHookSucceededHookExit1, TestHookDeletePolicyHookFailedHookExit0).
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = hookFails ? ["Pod/hook"] : [] });

        var run = await runner.SyncAsync([HookPod("hook", "Sync", policy)]);

        Assert.Equal([$"apply {Pods}hook"], run.Writes);
        Assert.Equal((expected, EndReason.None), (run.Report.Result, run.Report.Reason));
        Assert.False(run.Task("hook").Deleted);
        Assert.NotNull(runner.Script.Get("Pod", "default", "hook"));
    }
}
