using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class SyncStateMachineTests
{
    private static TaskSnapshot Snap(SyncTask task, int index, OperationPhase? state = null, ResultCode? status = null, bool live = false) =>
        new(task, index, state, status, live, false, false);

    private static SyncState State(bool multiStep, bool wait, params TaskSnapshot[] tasks) =>
        new(tasks, multiStep, wait, null, false);

    [Fact]
    public void Decide_AllPending_AppliesFirstWaveOnly()
    {
        var a = Resource(ConfigMap("a"));
        var b = Resource(ConfigMap("b"), wave: 1);

        var decision = SyncStateMachine.Decide(State(true, true, Snap(a, 0), Snap(b, 1)));

        var apply = Assert.IsType<ApplyWaveAction>(Assert.Single(decision.Actions));
        Assert.Equal((SyncPhase.Sync, 0, false), (apply.Phase, apply.Wave, apply.IsFinal));
        Assert.Equal([a], apply.Tasks);
        Assert.False(decision.IsTerminal);
    }

    [Fact]
    public void Decide_RunningResourceSingleStepNoWait_DoesNotBlock()
    {
        // S4/W5: with one (phase, wave) and --no-wait, resources are fire-and-forget.
        var a = Resource(Deployment("web"));

        var decision = SyncStateMachine.Decide(State(false, false, Snap(a, 0, OperationPhase.Running, ResultCode.Synced, true)));

        Assert.Equal(OperationMessages.NoMoreTasks, decision.Outcome?.Message);
    }

    [Fact]
    public void Decide_RunningResourceWithWait_Blocks()
    {
        var a = Resource(Deployment("web"));

        var decision = SyncStateMachine.Decide(State(false, true, Snap(a, 0, OperationPhase.Running, ResultCode.Synced, true)));

        Assert.Equal("waiting for healthy state of apps/Deployment/web", Assert.IsType<AwaitAction>(Assert.Single(decision.Actions)).Message);
    }

    [Fact]
    public void Decide_FailedTaskWithPendingSyncFail_DeletesHookFailedCandidatesThenRunsSyncFail()
    {
        var failed = Hook(Pod("hook-1"), SyncPhase.Sync);
        var cleanup = Hook(Pod("hook-2"), SyncPhase.Sync, policies: [HookDeletePolicy.HookFailed]);
        var onFail = Hook(Pod("on-fail"), SyncPhase.SyncFail);

        var decision = SyncStateMachine.Decide(State(true, true,
            Snap(failed, 0, OperationPhase.Failed, ResultCode.Synced, true),
            Snap(cleanup, 1, OperationPhase.Succeeded, ResultCode.Synced, true),
            Snap(onFail, 2)));

        Assert.Collection(decision.Actions,
            a => Assert.Equal([cleanup], Assert.IsType<DeleteHooksAction>(a).Tasks),
            a => Assert.Equal([onFail], Assert.IsType<RunSyncFailAction>(a).Tasks));
    }

    [Fact]
    public void Decide_ApplyFailedAndNothingRunning_FailsWithObjectsFailedToApply()
    {
        var bad = Resource(ConfigMap("bad"));
        var state = State(true, true, Snap(bad, 0, OperationPhase.Failed, ResultCode.SyncFailed)) with { LastRun = new WaveRun(SyncPhase.Sync, 0, true) };
        var withMessage = state with { Tasks = [state.Tasks[0] with { Message = "boom" }] };

        var decision = SyncStateMachine.Decide(withMessage);

        Assert.Equal(new SyncOutcome(SyncResult.Failed, "one or more objects failed to apply, reason: boom", SyncPhase.Sync), decision.Outcome);
    }

    [Fact]
    public void Decide_Terminating_RunsSyncFailThenEndsWithTerminationOutcome()
    {
        var hook = Hook(Job("migrate"), SyncPhase.PreSync);
        var onFail = Hook(Job("on-fail"), SyncPhase.SyncFail);
        var timedOut = new SyncOutcome(SyncResult.TimedOut, "operation timed out after 1m", SyncPhase.PreSync);
        var first = State(true, true, Snap(hook, 0, OperationPhase.Failed, ResultCode.Synced, true), Snap(onFail, 1)) with { Termination = timedOut };

        var run = SyncStateMachine.Decide(first);
        var end = SyncStateMachine.Decide(first with { Tasks = [first.Tasks[0], Snap(onFail, 1, OperationPhase.Succeeded, ResultCode.Synced, true)] });

        Assert.IsType<RunSyncFailAction>(Assert.Single(run.Actions));
        Assert.Equal(timedOut, end.Outcome);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("r:Service:my-service", "waiting for healthy state of /Service/my-service")]
    [InlineData("r:Service:a,r:Service:b", "waiting for healthy state of /Service/a and 1 more resources")]
    [InlineData("h:Pod:hook-1,r:Pod:pod", "waiting for completion of hook /Pod/hook-1 and 1 more resources")]
    [InlineData("r:Pod:pod,h:Pod:hook-1", "waiting for completion of hook /Pod/hook-1 and 1 more resources")]
    [InlineData("h:Pod:a,h:Pod:b,h:Pod:c", "waiting for completion of hook /Pod/a and 2 more hooks")]
    [InlineData("h:Job:migrate", "waiting for completion of hook batch/Job/migrate")]
    public void WaitingMessage_ForCompletion_MatchesSetRunningPhase(string tasks, string expected)
    {
        // R3 (Test_setRunningPhase).
        Assert.Equal(expected, WaitingMessage.ForCompletion(Parse(tasks)));
    }

    [Fact]
    public void WaitingMessage_ForDeletion_NamesHooksAndResources()
    {
        Assert.Equal("waiting for deletion of hook /Pod/a", WaitingMessage.ForDeletion(Parse("h:Pod:a")));
        Assert.Equal("waiting for deletion of /Pod/pod-2", WaitingMessage.ForDeletion(Parse("r:Pod:pod-2")));
    }

    [Theory]
    [InlineData("Sync:0,Sync:0", false)]
    [InlineData("Sync:0,Sync:1", true)]
    [InlineData("PreSync:0,Sync:0", true)]
    [InlineData("Sync:0,SyncFail:0", true)]
    public void SyncPlan_IsMultiStep_ComparesFirstAndLastOfFullList(string steps, bool expected)
    {
        // S4 (Test_syncTasks_multiStep): the full list includes SyncFail tasks.
        var tasks = steps.Split(',').Select((s, i) =>
        {
            var parts = s.Split(':');
            return Hook(ConfigMap($"cm-{i}"), Enum.Parse<SyncPhase>(parts[0]), int.Parse(parts[1]));
        }).ToArray();

        Assert.Equal(expected, Of(tasks).IsMultiStep);
    }

    [Fact]
    public void OperationMessages_Invalid_SortsAndDeduplicates()
    {
        Assert.Equal("one or more synchronization tasks are not valid: a; b", OperationMessages.Invalid(["b", "a", "b"]));
    }

    [Theory]
    [InlineData(90, "1m30s")]
    [InlineData(600, "10m")]
    [InlineData(3600, "1h")]
    [InlineData(45, "45s")]
    public void DurationText_Format_WritesCommandLineStyle(int seconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }

    private static List<SyncTask> Parse(string tasks) =>
        tasks.Length == 0
            ? []
            : tasks.Split(',').Select(t =>
            {
                var parts = t.Split(':');
                var obj = parts[1] switch
                {
                    "Service" => Service(parts[2]),
                    "Job" => Job(parts[2]),
                    _ => Pod(parts[2]),
                };
                return parts[0] == "h" ? Hook(obj, SyncPhase.Sync) : Resource(obj);
            }).ToList();
}
