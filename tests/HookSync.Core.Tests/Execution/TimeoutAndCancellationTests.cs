using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class TimeoutAndCancellationTests
{
    private static SyncHarness ThreeRunningHooks(out HookSync.Core.Planning.SyncPlan plan)
    {
        var harness = new SyncHarness { Step = TimeSpan.FromSeconds(2) };
        foreach (var name in new[] { "hook-1", "hook-2", "hook-3" })
        {
            harness.Cluster.Script("Job", name, new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing });
        }
        plan = Of(
            Hook(Job("hook-1"), SyncPhase.Sync, policies: [HookDeletePolicy.BeforeHookCreation]),
            Hook(Job("hook-2"), SyncPhase.Sync, policies: [HookDeletePolicy.HookFailed]),
            Hook(Job("hook-3"), SyncPhase.Sync, policies: [HookDeletePolicy.HookSucceeded]),
            Hook(Job("on-fail"), SyncPhase.SyncFail));
        return harness;
    }

    [Fact]
    public async Task RunAsync_OperationTimeout_TerminatesRunningHooksThenRunsSyncFail()
    {
        // S-36 as a timeout (D-3): D9 deletes every still-running hook, then SyncFail runs; TimedOut, exit 20.
        using var harness = ThreeRunningHooks(out var plan);

        var report = await harness.RunAsync(plan, new SyncOptions { Timeout = TimeSpan.FromMinutes(2) });

        Assert.Equal(SyncResult.TimedOut, report.Result);
        Assert.Equal((SyncResult.TimedOut, EndReason.None), (report.Result, report.Reason));
        Assert.Equal("operation timed out after 2m", report.Message);
        Assert.Equal(["delete Job/hook-1", "delete Job/hook-2", "delete Job/hook-3"], harness.Cluster.Calls("delete"));
        Assert.All(new[] { "hook-1", "hook-2", "hook-3" }, n =>
            Assert.Equal((OperationPhase.Failed, "Terminated", true), (report.Task(n).State!.Value, report.Task(n).Message, report.Task(n).Deleted)));
        Assert.Equal(OperationPhase.Succeeded, report.Task("on-fail").State);
        Assert.Equal(PhaseResult.TimedOut, report.Phases[SyncPhase.Sync]);
        Assert.Equal(PhaseResult.Succeeded, report.Phases[SyncPhase.SyncFail]);
    }

    [Fact]
    public async Task RunAsync_HookTimeoutAnnotation_Exit20WithSyncFailRun()
    {
        // D-3: hooksync.dev/hook-timeout wins over --hook-timeout and counts from the hook's creation.
        using var harness = new SyncHarness { Step = TimeSpan.FromSeconds(2) };
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing });
        var plan = Of(
            Hook(Job("migrate"), SyncPhase.PreSync, timeout: TimeSpan.FromMinutes(1)),
            Resource(ConfigMap("cfg")),
            Hook(Job("on-fail"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan, new SyncOptions { HookTimeout = TimeSpan.FromMinutes(20) });

        Assert.Equal("hook Job/migrate timed out after 1m", report.Message);
        Assert.Equal((SyncResult.TimedOut, EndReason.None), (report.Result, report.Reason));
        Assert.Equal(SyncPhase.PreSync, report.FailedPhase);
        Assert.Equal((OperationPhase.Failed, "timed out after 1m", true), (report.Task("migrate").State!.Value, report.Task("migrate").Message, report.Task("migrate").Deleted));
        Assert.Contains("apply Job/on-fail", harness.Cluster.Calls("apply"));
        Assert.DoesNotContain("apply ConfigMap/cfg", harness.Cluster.Calls("apply"));
        Assert.Equal(PhaseResult.TimedOut, report.Phases[SyncPhase.PreSync]);
        Assert.Equal(PhaseResult.NotRun, report.Phases[SyncPhase.Sync]);
    }

    [Fact]
    public async Task RunAsync_SyncFailHookExceedsBound_TerminatedAndResultStaysFailed()
    {
        // D-3 --syncfail-timeout: SyncFail hooks are bounded; a SyncFail failure never changes the exit code.
        using var harness = new SyncHarness { Step = TimeSpan.FromSeconds(2) };
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        harness.Cluster.Script("Job", "on-fail", new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing });
        var plan = Of(Hook(Job("migrate"), SyncPhase.PreSync), Hook(Job("on-fail"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan, new SyncOptions { SyncFailTimeout = TimeSpan.FromMinutes(1) });

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal((SyncResult.Failed, SyncPhase.PreSync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.Equal((OperationPhase.Failed, "timed out after 1m"), (report.Task("on-fail").State!.Value, report.Task("on-fail").Message));
        Assert.Equal(PhaseResult.Failed, report.Phases[SyncPhase.SyncFail]);
    }

    [Fact]
    public async Task RunAsync_Cancelled_CreatesSyncFailHooksWithoutWaitingAndLeavesHooksRunning()
    {
        // S-36 as cancellation (D-4): stop waiting, create SyncFail hooks, Cancelled, exit 130; running hooks are left.
        using var harness = ThreeRunningHooks(out var plan);

        var report = await harness.RunAsync(plan, new SyncOptions(), CancellationToken.None, cancelAt: TimeSpan.FromSeconds(20),
            cancelWhen: cluster => cluster.Calls("apply").Count == 3);

        Assert.Equal(SyncResult.Cancelled, report.Result);
        Assert.Equal((SyncResult.Cancelled, EndReason.None), (report.Result, report.Reason));
        Assert.Equal("Operation cancelled", report.Message);
        Assert.Empty(harness.Cluster.Calls("delete"));
        Assert.Equal("apply Job/on-fail", harness.Cluster.Calls("apply")[^1]);
        Assert.Equal(OperationPhase.Running, report.Task("on-fail").State);
        Assert.All(new[] { "hook-1", "hook-2", "hook-3" }, n => Assert.Equal(OperationPhase.Running, report.Task(n).State));
        Assert.Equal(PhaseResult.Cancelled, report.Phases[SyncPhase.Sync]);
    }
}
