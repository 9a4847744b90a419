using System.Text.Json.Nodes;
using HookSync.Core.Execution;
using HookSync.Core.Ports;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class DeletePolicyTests
{
    private static readonly HookDeletePolicy[] Bhc = [HookDeletePolicy.BeforeHookCreation];
    private static readonly HookDeletePolicy[] OnSuccess = [HookDeletePolicy.HookSucceeded];
    private static readonly HookDeletePolicy[] OnFailure = [HookDeletePolicy.HookFailed];

    private static JsonObject Succeeded() => new() { ["phase"] = "Succeeded" };

    [Fact]
    public async Task RunAsync_BeforeHookCreationWithLiveHook_DeletesWaitsThenCreates()
    {
        // S-15 (TestBeforeHookCreation) under D-1: no finalizer update; delete, wait until gone, create.
        using var harness = new SyncHarness();
        harness.Cluster.Seed(Pod("my-pod"), Succeeded());
        harness.Cluster.Script("Pod", "my-pod", new ObjectBehaviour { DeletionDelay = TimeSpan.FromSeconds(3) });
        var plan = Of(Hook(Pod("my-pod"), SyncPhase.PreSync, policies: Bhc), Resource(ConfigMap("cfg")));

        var report = await harness.RunAsync(plan);

        Assert.Equal(["delete Pod/my-pod", "apply Pod/my-pod", "apply ConfigMap/cfg"], harness.Cluster.Calls("delete", "apply"));
        Assert.Equal("waiting for deletion of hook /Pod/my-pod", harness.Observer.WaitingMessages[0]);
        Assert.Contains("waiting for completion of hook /Pod/my-pod", harness.Observer.WaitingMessages);
        Assert.Equal((TaskAction.Created, OperationPhase.Succeeded), (report.Task("my-pod").Action!.Value, report.Task("my-pod").State!.Value));
        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.DoesNotContain(harness.Cluster.Requests, r => r.Verb is "update" or "patch");
    }

    [Fact]
    public async Task RunAsync_ExistingHooksWithEachPolicy_OnlyBeforeHookCreationOneDeletedFirst()
    {
        // S-16 (TestSync_ExistingHooksWithFinalizer) under D-1; then D3 removes the HookSucceeded hook at the end.
        using var harness = new SyncHarness();
        foreach (var name in new[] { "bhc-hook", "failed-hook", "succeeded-hook" })
        {
            harness.Cluster.Seed(TrackingId.Annotate("hooksync", Pod(name)), Succeeded());
        }
        var plan = Of(
            Hook(Pod("bhc-hook"), SyncPhase.PreSync, policies: Bhc),
            Hook(Pod("failed-hook"), SyncPhase.PreSync, policies: OnFailure),
            Hook(Pod("succeeded-hook"), SyncPhase.PreSync, policies: OnSuccess));

        var report = await harness.RunAsync(plan);

        Assert.Equal(["delete Pod/bhc-hook", "apply Pod/bhc-hook", "apply Pod/failed-hook", "apply Pod/succeeded-hook", "delete Pod/succeeded-hook"],
            harness.Cluster.Calls("delete", "apply"));
        Assert.Equal(TaskAction.Unchanged, report.Task("failed-hook").Action);
        Assert.True(report.Task("succeeded-hook").Deleted);
        Assert.False(report.Task("failed-hook").Deleted);
    }

    [Fact]
    public async Task RunAsync_BeforeHookCreationDeleteNotFound_CreatesInSameStep()
    {
        // S-17 (TestSync_HookWithReplaceAndBeforeHookCreation_AlreadyDeleted).
        using var harness = new SyncHarness();
        harness.Cluster.Seed(Pod("hook"), Succeeded());
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { DeleteFindsNothing = true });
        var plan = Of(Hook(Pod("hook"), SyncPhase.PreSync, policies: Bhc));

        var report = await harness.RunAsync(plan);

        Assert.Equal(["delete Pod/hook", "apply Pod/hook"], harness.Cluster.Calls("delete", "apply"));
        Assert.DoesNotContain(harness.Observer.WaitingMessages, m => m.StartsWith("waiting for deletion", StringComparison.Ordinal));
        Assert.Equal(SyncResult.Succeeded, report.Result);
    }

    [Fact]
    public async Task RunAsync_HookStillRunning_NoCleanupBeforeCancellation()
    {
        // S-18 (TestSync_HooksNotDeletedIfPhaseNotCompleted): nothing is deleted while a hook runs.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook-1", new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing });
        var plan = Of(
            Hook(Pod("hook-1"), SyncPhase.Sync, policies: OnSuccess),
            Hook(Pod("hook-2"), SyncPhase.Sync, policies: OnSuccess),
            Hook(Pod("hook-3"), SyncPhase.Sync, policies: OnFailure));

        var report = await harness.RunAsync(plan, new SyncOptions(), CancellationToken.None, cancelAt: TimeSpan.FromSeconds(20),
            cancelWhen: cluster => cluster.Find("Pod", "default", "hook-3") is not null);

        Assert.Contains("waiting for completion of hook /Pod/hook-1", harness.Observer.WaitingMessages);
        Assert.Empty(harness.Cluster.Calls("delete"));
        Assert.Equal(SyncResult.Cancelled, report.Result);
    }

    [Fact]
    public async Task RunAsync_OperationSucceeds_OnlyHookSucceededHooksDeleted()
    {
        // S-19 (TestSync_HooksDeletedAfterSyncSucceeded), D3.
        using var harness = new SyncHarness();
        var plan = Of(
            Hook(Pod("hook-1"), SyncPhase.Sync, policies: Bhc),
            Hook(Pod("hook-2"), SyncPhase.Sync, policies: OnFailure),
            Hook(Pod("hook-3"), SyncPhase.Sync, policies: OnSuccess));

        var report = await harness.RunAsync(plan);

        Assert.Equal("successfully synced (no more tasks)", report.Message);
        Assert.Equal(["delete Pod/hook-3"], harness.Cluster.Calls("delete"));
        Assert.Equal([false, false, true], report.Tasks.Select(t => t.Deleted));
        Assert.Single(harness.Observer.Events.OfType<HookDeleted>(), e => e.Task.Key.Name == "hook-3");
    }

    [Fact]
    public async Task RunAsync_OperationFails_HookFailedHooksDeletedEvenIfTheySucceeded()
    {
        // S-20 (TestSync_HooksDeletedAfterSyncFailed), D4.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook-1", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });
        var plan = Of(
            Hook(Pod("hook-1"), SyncPhase.Sync, policies: Bhc),
            Hook(Pod("hook-2"), SyncPhase.Sync, policies: OnFailure),
            Hook(Pod("hook-3"), SyncPhase.Sync, policies: OnSuccess));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal(["delete Pod/hook-2"], harness.Cluster.Calls("delete"));
        Assert.Equal(OperationPhase.Succeeded, report.Task("hook-2").State);
        Assert.True(report.Task("hook-2").Deleted);
    }

    [Theory]
    [InlineData(HookDeletePolicy.HookSucceeded, ObjectOutcome.Fail, SyncResult.Failed)]
    [InlineData(HookDeletePolicy.HookFailed, ObjectOutcome.Succeed, SyncResult.Succeeded)]
    public async Task RunAsync_PolicyDoesNotMatchOutcome_HookRemains(HookDeletePolicy policy, ObjectOutcome outcome, SyncResult expected)
    {
        // S-21 (TestHookDeletePolicyHookSucceededHookExit1, TestHookDeletePolicyHookFailedHookExit0).
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour { Outcome = outcome });

        var report = await harness.RunAsync(Of(Hook(Pod("hook"), SyncPhase.Sync, policies: [policy])));

        Assert.Equal(expected, report.Result);
        Assert.Empty(harness.Cluster.Calls("delete"));
        Assert.NotNull(harness.Cluster.Find("Pod", "default", "hook"));
    }

    [Fact]
    public async Task RunAsync_TwoSyncsOfNamedHook_HookRecreated()
    {
        // S-22 (TestHookBeforeHookCreation): the second sync deletes and recreates the hook (new uid).
        using var harness = new SyncHarness();
        var plan = Of(Hook(Pod("hook"), SyncPhase.Sync), Resource(Pod("pod", restartPolicy: "Always")));

        var first = await harness.RunAsync(plan);
        var firstUid = harness.Cluster.Find("Pod", "default", "hook")!.Uid;
        var second = await harness.RunAsync(plan);

        Assert.Equal((SyncResult.Succeeded, SyncResult.Succeeded), (first.Result, second.Result));
        Assert.Equal((2, 2), (first.ResultCount(), second.ResultCount()));
        Assert.NotEqual(firstUid, harness.Cluster.Find("Pod", "default", "hook")!.Uid);
        Assert.Equal(["apply Pod/hook", "delete Pod/hook", "apply Pod/hook"], harness.Cluster.Calls("apply", "delete").Where(c => c.EndsWith("/hook", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_NamedHookLeftFromLastSync_CountsAsSucceededWithoutRunning()
    {
        // S-23 / D6: re-applied onto the old completed Job; its Complete condition counts.
        using var harness = new SyncHarness();
        var job = Job("migrate");
        harness.Cluster.Seed(TrackingId.Annotate("hooksync", job), new JsonObject
        {
            ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Complete", ["status"] = "True" }),
        });
        harness.Cluster.Script("Job", "migrate", new ObjectBehaviour { Outcome = ObjectOutcome.StayProgressing });
        var uid = harness.Cluster.Find("Job", "default", "migrate")!.Uid;

        var report = await harness.RunAsync(Of(Hook(job, SyncPhase.PreSync, policies: OnFailure)));

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal((TaskAction.Unchanged, OperationPhase.Succeeded, "job.batch/migrate unchanged"), (report.Task("migrate").Action!.Value, report.Task("migrate").State!.Value, report.Task("migrate").Message));
        Assert.Equal(uid, harness.Cluster.Find("Job", "default", "migrate")!.Uid);
    }

    [Fact]
    public async Task RunAsync_DeleteUnderPolicyFails_HookError()
    {
        // D5: a delete error other than NotFound makes that hook Error with "failed to delete resource: …".
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "hook", new ObjectBehaviour
        {
            DeleteError = new Ports.ClusterException(Ports.ClusterFailureKind.Forbidden, "pods \"hook\" is forbidden", 403, "Forbidden"),
        });

        var report = await harness.RunAsync(Of(Hook(Pod("hook"), SyncPhase.Sync, policies: OnSuccess)));

        Assert.Equal((OperationPhase.Error, "failed to delete resource: pods \"hook\" is forbidden"), (report.Task("hook").State!.Value, report.Task("hook").Message));
        Assert.False(report.Task("hook").Deleted);
    }
}
