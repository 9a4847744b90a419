using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Scenarios S-01…S-04 (docs/sync-semantics.md Scenario index) through the simulator: plain applies, waves and health gates.</summary>
public sealed class PlainSyncScenarioTests
{
    [Fact]
    public async Task Sync_PodAndService_DryRunsBothThenAppliesServiceBeforePod()
    {
        // S-01 (TestSyncCreateInSortedOrder): dry-run both, then the Service, then the Pod (kind order), one step.
        await using var runner = await ScenarioRunner.StartAsync();

        var run = await runner.SyncAsync([AlwaysPod("my-pod"), ManifestBuilder.Service("my-service")], new SyncOptions { Concurrency = 1, Wait = false });

        Assert.Equal(
            [$"apply {Services}my-service (dry run)", $"apply {Pods}my-pod (dry run)", $"apply {Services}my-service", $"apply {Pods}my-pod"],
            run.AllWrites);
        Assert.Equal((SyncResult.Succeeded, EndReason.None, "successfully synced (all tasks run)"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Null(run.Report.FailedPhase);
        Assert.All(run.Report.Tasks, t => Assert.Equal(ResultCode.Synced, t.Status));
        Assert.Equal(("service/my-service created", "pod/my-pod created"), (run.Task("my-service").Message, run.Task("my-pod").Message));
        Assert.Equal([1, 2], run.Report.Tasks.Select(t => t.Order!.Value));
        Assert.Equal(PhaseResult.Succeeded, run.Report.Phases[SyncPhase.Sync]);
        Assert.Equal(PhaseResult.Empty, run.Report.Phases[SyncPhase.PreSync]);
    }

    [Fact]
    public async Task Sync_TwoWaves_SecondWaveAppliedOnlyAfterFirstIsHealthy()
    {
        // S-02 (TestSyncSuccessfully_Multistep) with --no-wait: wave 0 must be Healthy first; the final wave is not waited.
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.StayProgressing("Deployment", "late");

        var run = await runner.SyncAsync([Deployment("early"), Deployment("late").Wave(5)], new SyncOptions { Concurrency = 1, Wait = false });

        Assert.Equal([$"apply {Deployments}early", $"apply {Deployments}late"], run.Writes);
        Assert.Equal("waiting for healthy state of apps/Deployment/early", run.WaitingMessages[0]);
        Assert.Equal((SyncResult.Succeeded, "successfully synced (all tasks run)"), (run.Report.Result, run.Report.Message));
        Assert.Equal((OperationPhase.Succeeded, OperationPhase.Running), (run.Task("early").State!.Value, run.Task("late").State!.Value));
        Assert.Equal(2, run.ResultCount);
        Assert.True(run.Requests.ToList().FindIndex(r => r.Verb == "apply" && r.Path.EndsWith("/late", StringComparison.Ordinal) && !r.Query.Contains("dryRun", StringComparison.Ordinal))
            > run.Requests.ToList().FindIndex(r => r.Verb == "watch" && r.Path.Contains("deployments", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sync_DegradedDeploymentInFinalWaveWithNoWait_Succeeds()
    {
        // S-03 (TestDegradedDeploymentIsSucceededAndSynced): --no-wait restores Argo CD: the final wave is never health-waited.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Deployment/web"] });

        var run = await runner.SyncAsync([Deployment("web")], new SyncOptions { Concurrency = 1, Wait = false });

        Assert.Equal((SyncResult.Succeeded, EndReason.None, "successfully synced (all tasks run)"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal((ResultCode.Synced, OperationPhase.Running, "deployment.apps/web created"),
            (run.Task("web").Status!.Value, run.Task("web").State!.Value, run.Task("web").Message));
    }

    [Fact]
    public async Task Sync_DegradedDeploymentWithSyncHookAndWait_FailsWithExit11()
    {
        // S-03 with a Sync hook, under D-5 (--wait, the default): the degraded Deployment fails the Sync phase.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Deployment/web"] });

        var run = await runner.SyncAsync([Deployment("web"), HookPod("hook", "Sync")]);

        Assert.Equal((SyncResult.Failed, EndReason.None, SyncPhase.Sync), (run.Report.Result, run.Report.Reason, run.Report.FailedPhase));
        Assert.Equal("one or more synchronization tasks completed unsuccessfully", run.Report.Message);
        Assert.Equal((OperationPhase.Failed, "Deployment \"web\" exceeded its progress deadline"), (run.Task("web").State!.Value, run.Task("web").Message));
        Assert.Equal(OperationPhase.Succeeded, run.Task("hook").State);
        Assert.Equal(PhaseResult.Failed, run.Report.Phases[SyncPhase.Sync]);
    }

    [Fact]
    public async Task Sync_DegradedMiddleWave_NextWaveNeverApplied()
    {
        // S-04 (TestFixingDegradedApp): the wave-1 object goes Degraded, wave 2 is never applied; a fixed re-sync succeeds.
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.FailAfter("Deployment", "api", TimeSpan.FromMilliseconds(100));

        var run = await runner.SyncAsync([Deployment("api").Wave(1), ManifestBuilder.ConfigMap("cfg").Wave(2)], new SyncOptions { Concurrency = 1, Wait = false });

        Assert.Equal([$"apply {Deployments}api"], run.Writes);
        Assert.Contains($"apply {ConfigMaps}cfg (dry run)", run.AllWrites);
        Assert.Equal((SyncResult.Failed, EndReason.None, "one or more synchronization tasks completed unsuccessfully"),
            (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal(1, run.ResultCount);
        Assert.Null(run.Task("cfg").Order);
        Assert.Null(runner.Script.Get("ConfigMap", "default", "cfg"));
    }
}
