using System.Text.Json.Nodes;
using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Scenarios S-24, S-26, S-30 and S-31 (docs/sync-semantics.md Scenario index): generated names, Skip, namespaces and CRDs pulled forward.</summary>
public sealed class NamingAndOrderScenarioTests
{
    private static ManifestBuilder WidgetCrd() =>
        ManifestBuilder.Of("apiextensions.k8s.io/v1", "CustomResourceDefinition", "widgets.example.com").Spec(new JsonObject
        {
            ["group"] = "example.com",
            ["scope"] = "Namespaced",
            ["names"] = new JsonObject { ["kind"] = "Widget", ["plural"] = "widgets", ["singular"] = "widget", ["listKind"] = "WidgetList" },
            ["versions"] = new JsonArray(new JsonObject
            {
                ["name"] = "v1", ["served"] = true, ["storage"] = true,
                ["schema"] = new JsonObject { ["openAPIV3Schema"] = new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true } },
            }),
        });

    [Fact]
    public async Task Sync_UnnamedPreSyncPostSyncHook_TwoTasksWithGeneratedNames()
    {
        // S-24 (TestUnnamedHooksGetUniqueNames), X4: generateName + <rev7>-<phase>-<startUnixSeconds>.
        await using var runner = await ScenarioRunner.StartAsync();

        var run = await runner.SyncAsync([ManifestBuilder.Pod(null).GenerateName("foobar-").Hook("PreSync,PostSync"), AlwaysPod("pod")]);

        Assert.Equal((SyncResult.Succeeded, EndReason.None), (run.Report.Result, run.Report.Reason));
        Assert.Equal(3, run.ResultCount);
        var pre = run.Report.Tasks.Single(t => t.Phase == SyncPhase.PreSync);
        var post = run.Report.Tasks.Single(t => t.Phase == SyncPhase.PostSync);
        Assert.Matches("^foobar-abcdef0-presync-[0-9]+$", pre.Name);
        Assert.Matches("^foobar-abcdef0-postsync-[0-9]+$", post.Name);
        Assert.Equal([$"apply {Pods}{pre.Name}", $"apply {Pods}pod", $"apply {Pods}{post.Name}"], run.Writes);
        Assert.All([pre, post], t => Assert.Equal(OperationPhase.Succeeded, t.State));
    }

    [Fact]
    public async Task Sync_SkippedPodAndSyncHook_PodNeverTouched()
    {
        // S-26 (TestHookSkip): the Skip object is neither dry-run nor applied.
        await using var runner = await ScenarioRunner.StartAsync();

        var run = await runner.SyncAsync([ManifestBuilder.Pod("pod").Hook("Skip"), HookPod("hook", "Sync")]);

        Assert.Equal([$"apply {Pods}hook (dry run)", $"apply {Pods}hook"], run.AllWrites);
        Assert.Equal((SyncResult.Succeeded, EndReason.None), (run.Report.Result, run.Report.Reason));
        Assert.Equal(1, run.ResultCount);
        Assert.DoesNotContain(run.Report.Tasks, t => t.Name == "pod");
        Assert.Null(runner.Script.Get("Pod", "default", "pod"));
    }

    [Fact]
    public async Task Sync_NamespacesOfPreSyncJobs_PulledIntoPreSyncBeforeTheirJobs()
    {
        // S-30 (TestSyncTasksSort_NamespaceAndObjectInNamespace), W4; D-8: the Jobs skip the dry-run (their namespace is new).
        await using var runner = await ScenarioRunner.StartAsync();

        var run = await runner.SyncAsync([
            ManifestBuilder.Namespace("ns1").Wave(1), ManifestBuilder.Namespace("ns2").Wave(2),
            HookJob("job1", "PreSync").InNamespace("ns1"), HookJob("job2", "PreSync").InNamespace("ns2")]);

        Assert.Equal(
            ["apply /api/v1/namespaces/ns1", "apply /apis/batch/v1/namespaces/ns1/jobs/job1", "apply /api/v1/namespaces/ns2", "apply /apis/batch/v1/namespaces/ns2/jobs/job2"],
            run.Writes);
        Assert.Equal(["apply /api/v1/namespaces/ns1", "apply /api/v1/namespaces/ns2"], run.DryRuns);
        Assert.All(run.Report.Tasks, t => Assert.Equal((SyncPhase.PreSync, 0), (t.Phase, t.Wave)));
        Assert.Equal((SyncResult.Succeeded, EndReason.None), (run.Report.Result, run.Report.Reason));
        Assert.All(run.Report.Tasks, t => Assert.Equal(OperationPhase.Succeeded, t.State));
    }

    [Fact]
    public async Task Sync_CrdAndPreSyncCustomResource_CrdPulledForwardAndCrSkipsDryRun()
    {
        // S-31 (TestSyncTasksSort_CRDAndCR, TestSyncCustomResources): the CRD moves ahead of the PreSync CR of its kind;
        // the CR skips the dry-run (D-8) and is applied once the CRD is Established and its kind served.
        await using var runner = await ScenarioRunner.StartAsync();
        var widget = ManifestBuilder.Of("example.com/v1", "Widget", "w1").Hook("PreSync");

        var run = await runner.SyncAsync([widget, WidgetCrd(), ManifestBuilder.ConfigMap("cfg")]);

        Assert.Equal(
            ["apply /apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com", "apply /apis/example.com/v1/namespaces/default/widgets/w1",
             $"apply {ConfigMaps}cfg"],
            run.Writes);
        Assert.DoesNotContain(run.DryRuns, w => w.Contains("widgets/w1", StringComparison.Ordinal));
        Assert.Equal((SyncPhase.PreSync, SyncPhase.PreSync), (run.Task("widgets.example.com").Phase, run.Task("w1").Phase));
        Assert.Equal((SyncResult.Succeeded, EndReason.None), (run.Report.Result, run.Report.Reason));
        Assert.Equal((OperationPhase.Succeeded, "widget.example.com/w1 created"), (run.Task("w1").State!.Value, run.Task("w1").Message));
    }

    [Fact]
    public async Task Sync_CustomResourceOfUnknownKind_NotValidNothingApplied()
    {
        // S-31 (unknown CRD): the kind is served by no CRD in the cluster or the sync → Failed (not valid), exit 3, no SyncFail.
        await using var runner = await ScenarioRunner.StartAsync();

        var run = await runner.SyncAsync([ManifestBuilder.Of("example.com/v1", "Gadget", "g1"), HookPod("on-fail", "SyncFail")]);

        Assert.DoesNotContain(run.Requests, r => r.Verb is "apply" or "create" or "delete");
        Assert.Equal((SyncResult.Failed, EndReason.InvalidManifests), (run.Report.Result, run.Report.Reason));
        Assert.StartsWith("one or more synchronization tasks are not valid: ", run.Report.Message, StringComparison.Ordinal);
        Assert.Equal(HookSync.Core.Reporting.ResultCode.SyncFailed, run.Task("g1").Status);
    }
}
