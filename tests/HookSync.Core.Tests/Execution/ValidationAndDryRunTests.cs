using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

public sealed class ValidationAndDryRunTests
{
    [Fact]
    public async Task RunAsync_UnservedKinds_FailsValidationWithSortedMessages()
    {
        // S1 (TestSync_getSyncTasks_FailureMessage): nothing applied, no SyncFail, exit 3.
        using var harness = new SyncHarness();
        var gadget = KubeObject("example.org/v2", "Gadget", "g");
        var plan = Of(Resource(Widget("w")), Resource(gadget), Resource(Widget("w2")), Hook(Pod("fail"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Failed, report.Result);
        Assert.Equal(EndReason.InvalidManifests, report.Reason);
        Assert.Equal(
            "one or more synchronization tasks are not valid: the server could not find the requested resource (kind \"Gadget\" in \"example.org/v2\"); the server could not find the requested resource (kind \"Widget\" in \"example.com/v1\")",
            report.Message);
        Assert.Equal(ResultCode.SyncFailed, report.Task("w").Status);
        Assert.Empty(harness.Cluster.Calls("apply", "dry-run"));
        Assert.Null(report.FailedPhase);
    }

    [Fact]
    public async Task RunAsync_CrdInSamePlan_CustomResourceValidAndAppliedAfterEstablished()
    {
        // S-31: a CR whose CRD is in the plan is valid, skips the dry-run (D-8) and is applied after Established.
        using var harness = new SyncHarness();
        var plan = Of(Resource(WidgetCrd(), phase: SyncPhase.PreSync), Resource(Widget("w"), skipDryRun: true));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal(["dry-run CustomResourceDefinition/widgets.example.com", "apply CustomResourceDefinition/widgets.example.com", "apply Widget/w"],
            harness.Cluster.Calls("dry-run", "apply"));
        Assert.True(harness.Cluster.DiscoveryInvalidations >= 1);
        Assert.NotNull(harness.Cluster.Find("Widget", "default", "w"));
    }

    [Fact]
    public async Task RunAsync_DryRunFails_NothingAppliedAndSyncFailNotRun()
    {
        // S2c (TestSyncNamespaceCreatedBeforeDryRunWithFailure) under D-8: the Namespace's own Pod skips the dry-run.
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "bad", new ObjectBehaviour
        {
            DryRunError = new ClusterException(ClusterFailureKind.Invalid, "Pod \"bad\" is invalid: spec.containers: Required value", 422, "Invalid"),
        });
        var plan = Of(
            Resource(Namespace("team"), phase: SyncPhase.PreSync),
            Resource(Pod("in-team", ns: "team"), skipDryRun: true),
            Resource(Pod("bad")),
            Hook(Pod("on-fail"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal("one or more objects failed to apply (dry run)", report.Message);
        Assert.Equal(EndReason.InvalidManifests, report.Reason);
        Assert.Equal((ResultCode.SyncFailed, "Pod \"bad\" is invalid: spec.containers: Required value"), (report.Task("bad").Status!.Value, report.Task("bad").Message));
        Assert.Empty(harness.Cluster.Calls("apply"));
        Assert.DoesNotContain("dry-run Pod/in-team", harness.Cluster.Calls("dry-run"));
        Assert.Equal(PhaseResult.NotRun, report.Phases[SyncPhase.SyncFail]);
    }

    [Fact]
    public async Task RunAsync_DryRunMode_ReportsDryRunActionsAndChangesNothing()
    {
        // --dry-run: server-side dry-run of every task, nothing applied, no hook runs, exit 0.
        using var harness = new SyncHarness();
        harness.Cluster.Seed(TrackingId.Annotate("hooksync", ConfigMap("existing")));
        var plan = Of(Hook(Job("migrate"), SyncPhase.PreSync), Resource(ConfigMap("existing")), Resource(Deployment("web")));

        var report = await harness.RunAsync(plan, new SyncOptions { DryRun = true });

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal((SyncResult.Succeeded, EndReason.None), (report.Result, report.Reason));
        Assert.Empty(harness.Cluster.Calls("apply", "delete"));
        Assert.Equal("job.batch/migrate created (dry run)", report.Task("migrate").Message);
        Assert.Equal((TaskAction.Unchanged, OperationPhase.Succeeded), (report.Task("existing").Action!.Value, report.Task("existing").State!.Value));
        Assert.Null(harness.Cluster.Find("Job", "default", "migrate"));
    }

    [Fact]
    public async Task RunAsync_ClusterUnreachable_ErrorWithExitCode4()
    {
        // Environment failure: Result Error, exit 4, message naming the cause.
        using var harness = new SyncHarness();
        harness.Cluster.DiscoveryFailure = new ClusterException(ClusterFailureKind.Unreachable, "dial tcp 10.0.0.1:443: connect: connection refused");

        var report = await harness.RunAsync(Of(Resource(ConfigMap("cfg"))));

        Assert.Equal(SyncResult.Error, report.Result);
        Assert.Equal(EndReason.EnvironmentFailure, report.Reason);
        Assert.Equal("cluster error: dial tcp 10.0.0.1:443: connect: connection refused", report.Message);
    }

    [Fact]
    public async Task RunAsync_SkipAnnotatedPod_NeverCreated()
    {
        // S-26 (TestHookSkip): the planner leaves Skip objects out; only the hook runs.
        using var harness = new SyncHarness();
        var plan = Of(Hook(Pod("hook"), SyncPhase.Sync)) with
        {
            Skipped = [new HookSync.Core.Planning.SkippedObject(Pod("pod"), new HookSync.Core.Model.SourceLocation("app.yaml", 1), ObjectRole.Skip)],
        };

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Single(report.Tasks);
        Assert.Null(harness.Cluster.Find("Pod", "default", "pod"));
    }

    [Fact]
    public async Task RunAsync_GeneratedNameHookInTwoPhases_TwoResults()
    {
        // S-24 (TestUnnamedHooksGetUniqueNames): one task per phase with the planner's generated names.
        using var harness = new SyncHarness();
        var plan = Of(
            Hook(Pod("foobarb-3f2a1b7-presync-1767268800"), SyncPhase.PreSync),
            Resource(ConfigMap("cfg")),
            Hook(Pod("foobarb-3f2a1b7-postsync-1767268800"), SyncPhase.PostSync));

        var report = await harness.RunAsync(plan);

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Equal(3, report.ResultCount());
        Assert.Equal([1, 2, 3], report.Tasks.Select(t => t.Order!.Value));
    }

    private static Model.KubeObject KubeObject(string apiVersion, string kind, string name) =>
        Model.KubeObject.Parse($$$"""{"apiVersion":"{{{apiVersion}}}","kind":"{{{kind}}}","metadata":{"name":"{{{name}}}","namespace":"default"}}""");
}
