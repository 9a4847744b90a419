using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Scenarios S-05…S-09 (docs/sync-semantics.md Scenario index) through the simulator: hooks of each phase succeeding and failing.</summary>
public sealed class HookPhaseScenarioTests
{
    [Theory]
    [InlineData("PreSync")]
    [InlineData("Sync")]
    [InlineData("PostSync")]
    public async Task Sync_HookSucceeds_SucceededWithKubectlMessageAndNoFinalizer(string phase)
    {
        // S-05 (TestPreSyncHookSuccessful, TestSyncHookSuccessful, TestPostSyncHookSuccessful); D-1: no finalizer.
        await using var runner = await ScenarioRunner.StartAsync();

        var run = await runner.SyncAsync([HookPod("hook", phase), AlwaysPod("pod")]);

        var expectedOrder = phase == "PostSync" ? new[] { "pod", "hook" } : ["hook", "pod"];
        Assert.Equal(expectedOrder.Select(n => $"apply {Pods}{n}"), run.Writes);
        Assert.Equal((SyncResult.Succeeded, EndReason.None), (run.Report.Result, run.Report.Reason));
        Assert.Equal(2, run.ResultCount);
        var hook = run.Task("hook");
        Assert.Equal((ResultCode.Synced, OperationPhase.Succeeded, "pod/hook created", Enum.Parse<SyncPhase>(phase)),
            (hook.Status!.Value, hook.State!.Value, hook.Message, hook.Phase));
        Assert.True(hook.Hook);
        Assert.Null(runner.Script.Get("Pod", "default", "hook")!["metadata"]!["finalizers"]);
        Assert.Equal(PhaseResult.Succeeded, run.Report.Phases[Enum.Parse<SyncPhase>(phase)]);
    }

    [Fact]
    public async Task Sync_PreSyncHookFails_SyncPhaseNeverAppliedExit10()
    {
        // S-06 (TestPreSyncHookFailure): one result, the app Pod is never created.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Pod/hook"] });

        var run = await runner.SyncAsync([HookPod("hook", "PreSync"), AlwaysPod("pod")]);

        Assert.Equal([$"apply {Pods}hook"], run.Writes);
        Assert.Equal((SyncResult.Failed, EndReason.None, SyncPhase.PreSync), (run.Report.Result, run.Report.Reason, run.Report.FailedPhase));
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", run.Report.Message);
        Assert.Equal(1, run.ResultCount);
        Assert.Equal((ResultCode.Synced, OperationPhase.Failed, "container \"main\" failed with exit code 1"),
            (run.Task("hook").Status!.Value, run.Task("hook").State!.Value, run.Task("hook").Message));
        Assert.Null(runner.Script.Get("Pod", "default", "pod"));
        Assert.Equal((PhaseResult.Failed, PhaseResult.NotRun), (run.Report.Phases[SyncPhase.PreSync], run.Report.Phases[SyncPhase.Sync]));
    }

    [Fact]
    public async Task Sync_SyncHookFails_AppPodStaysSyncedExit11()
    {
        // S-07 (TestSyncHookFailure): two results; the app Pod is applied and Synced.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Pod/hook"] });

        var run = await runner.SyncAsync([HookPod("hook", "Sync"), AlwaysPod("pod")]);

        Assert.Equal([$"apply {Pods}hook", $"apply {Pods}pod"], run.Writes);
        Assert.Equal((SyncResult.Failed, EndReason.None, SyncPhase.Sync), (run.Report.Result, run.Report.Reason, run.Report.FailedPhase));
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", run.Report.Message);
        Assert.Equal(2, run.ResultCount);
        Assert.Equal(ResultCode.Synced, run.Task("pod").Status);
        Assert.Equal((OperationPhase.Failed, "container \"main\" failed with exit code 1"), (run.Task("hook").State!.Value, run.Task("hook").Message));
        Assert.NotNull(runner.Script.Get("Pod", "default", "pod"));
    }

    [Fact]
    public async Task Sync_PostSyncHookFails_ResourcesSyncedExit12()
    {
        // S-08 (TestPostSyncHookFailure).
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Pod/hook"] });

        var run = await runner.SyncAsync([AlwaysPod("pod"), HookPod("hook", "PostSync")]);

        Assert.Equal([$"apply {Pods}pod", $"apply {Pods}hook"], run.Writes);
        Assert.Equal((SyncResult.Failed, EndReason.None, SyncPhase.PostSync), (run.Report.Result, run.Report.Reason, run.Report.FailedPhase));
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", run.Report.Message);
        Assert.Equal(2, run.ResultCount);
        Assert.Equal((ResultCode.Synced, OperationPhase.Succeeded), (run.Task("pod").Status!.Value, run.Task("pod").State!.Value));
        Assert.Equal((PhaseResult.Succeeded, PhaseResult.Failed), (run.Report.Phases[SyncPhase.Sync], run.Report.Phases[SyncPhase.PostSync]));
    }

    [Fact]
    public async Task Sync_DegradedResource_PostSyncHookNeverCreated()
    {
        // S-09 (TestPostSyncHookPodFailure): the app Pod (restartPolicy Never) exits 1; PostSync never runs.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Pod/pod"] });

        var run = await runner.SyncAsync([HookSync.Testing.ManifestBuilder.Pod("pod"), HookPod("hook", "PostSync")]);

        Assert.Equal([$"apply {Pods}pod"], run.Writes);
        Assert.Contains($"apply {Pods}hook (dry run)", run.AllWrites);
        Assert.Equal((SyncResult.Failed, EndReason.None, SyncPhase.Sync), (run.Report.Result, run.Report.Reason, run.Report.FailedPhase));
        Assert.Equal(1, run.ResultCount);
        Assert.Equal((OperationPhase.Failed, "container \"main\" failed with exit code 1"), (run.Task("pod").State!.Value, run.Task("pod").Message));
        Assert.Null(runner.Script.Get("Pod", "default", "hook"));
        Assert.Equal(PhaseResult.NotRun, run.Report.Phases[SyncPhase.PostSync]);
    }
}
