using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Scenario S-36 (docs/sync-semantics.md Scenario index, D9) as HookSync's timeout (D-3) and CI cancellation (D-4).</summary>
public sealed class TerminationScenarioTests
{
    private static readonly string[] Hooks = ["hook-1", "hook-2", "hook-3"];

    private static async Task<ScenarioRunner> ThreeRunningHooksAsync()
    {
        var runner = await ScenarioRunner.StartAsync();
        foreach (var name in Hooks)
        {
            runner.Script.StayProgressing("Job", name);
        }
        return runner;
    }

    private static ManifestBuilder[] Manifests() =>
    [
        HookJob("hook-1", "Sync", "BeforeHookCreation"), HookJob("hook-2", "Sync", "HookFailed"), HookJob("hook-3", "Sync", "HookSucceeded"),
        HookJob("on-fail", "SyncFail"),
    ];

    [Fact]
    public async Task Sync_OperationTimesOut_RunningHooksDeletedThenSyncFailRuns()
    {
        // S-36 as a timeout (D-3): D9 deletes every still-running hook, then SyncFail runs; TimedOut, exit 20.
        await using var runner = await ThreeRunningHooksAsync();

        var run = await runner.SyncAsync(Manifests(), new SyncOptions { Concurrency = 1, Timeout = TimeSpan.FromSeconds(2) });

        Assert.Equal(
            [.. Hooks.Select(h => $"apply {Jobs}{h}"), .. Hooks.Select(h => $"delete {Jobs}{h}"), $"apply {Jobs}on-fail"],
            run.Writes);
        Assert.Equal((SyncResult.TimedOut, EndReason.None, "operation timed out after 2s"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal(SyncPhase.Sync, run.Report.FailedPhase);
        Assert.All(Hooks, n => Assert.Equal((OperationPhase.Failed, "Terminated", true), (run.Task(n).State!.Value, run.Task(n).Message, run.Task(n).Deleted)));
        Assert.Equal(OperationPhase.Succeeded, run.Task("on-fail").State);
        Assert.Equal((PhaseResult.TimedOut, PhaseResult.Succeeded), (run.Report.Phases[SyncPhase.Sync], run.Report.Phases[SyncPhase.SyncFail]));
    }

    [Fact]
    public async Task Sync_HookTimeoutAnnotation_HookTerminatedExit20()
    {
        // D-3: hooksync.dev/hook-timeout wins over --hook-timeout; the Sync phase is never applied after a PreSync timeout.
        await using var runner = await ScenarioRunner.StartAsync();
        runner.Script.StayProgressing("Job", "migrate");

        var run = await runner.SyncAsync(
            [HookJob("migrate", "PreSync").Annotate("hooksync.dev/hook-timeout", "1s"), ManifestBuilder.ConfigMap("cfg"), HookJob("on-fail", "SyncFail")],
            new SyncOptions { Concurrency = 1, HookTimeout = TimeSpan.FromMinutes(20) });

        Assert.Equal([$"apply {Jobs}migrate", $"delete {Jobs}migrate", $"apply {Jobs}on-fail"], run.Writes);
        Assert.Equal((SyncResult.TimedOut, EndReason.None, "hook Job/migrate timed out after 1s"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal((OperationPhase.Failed, "timed out after 1s", true), (run.Task("migrate").State!.Value, run.Task("migrate").Message, run.Task("migrate").Deleted));
        Assert.Equal((PhaseResult.TimedOut, PhaseResult.NotRun), (run.Report.Phases[SyncPhase.PreSync], run.Report.Phases[SyncPhase.Sync]));
    }

    [Fact]
    public async Task Sync_Cancelled_SyncFailHooksCreatedWithoutWaitingAndHooksLeftRunning()
    {
        // S-36 as CI cancellation (D-4): stop waiting, create the SyncFail hooks, Cancelled, exit 130; nothing is deleted.
        await using var runner = await ThreeRunningHooksAsync();

        // Cancelled once every hook Job's pod is Running (a controller step after the create, so the engine has recorded the
        // three applies by then).
        var run = await runner.SyncAsync(Manifests(), cancelWhen: sim => Hooks.All(h => sim.Script.List("Pod").Any(p =>
            p["metadata"]!["name"]!.GetValue<string>().StartsWith(h + "-", StringComparison.Ordinal) && p["status"]?["phase"]?.GetValue<string>() == "Running")));

        Assert.Equal([.. Hooks.Select(h => $"apply {Jobs}{h}"), $"apply {Jobs}on-fail"], run.Writes);
        Assert.Equal((SyncResult.Cancelled, EndReason.None, "Operation cancelled"), (run.Report.Result, run.Report.Reason, run.Report.Message));
        Assert.Equal(OperationPhase.Running, run.Task("on-fail").State);
        Assert.All(Hooks, n => Assert.Equal((OperationPhase.Running, false), (run.Task(n).State!.Value, run.Task(n).Deleted)));
        Assert.Equal(PhaseResult.Cancelled, run.Report.Phases[SyncPhase.Sync]);
        Assert.NotNull(runner.Script.Get("Job", "default", "on-fail"));
    }
}
