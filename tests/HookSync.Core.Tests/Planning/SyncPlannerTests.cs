using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Testing;

namespace HookSync.Core.Tests.Planning;

/// <summary>Task building and ordering (X3–X6, W1–W4, D-10), ported from gitops-engine's sync_tasks_test.go and sync_context_test.go.</summary>
public sealed class SyncPlannerTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static SyncPlan Plan(string revision, params ManifestBuilder[] manifests) =>
        SyncPlanner.Plan(manifests.Select(m => m.Build()).ToList(),
            new PlanContext(revision, Start, "default", BuiltInScopes.Instance));

    private static SyncPlan Plan(params ManifestBuilder[] manifests) => Plan("3f2a1b7c9d", manifests);

    private static List<string> Names(SyncPlan plan) => plan.Tasks.Select(t => t.Object.Name).ToList();

    [Fact]
    public void Plan_WavesBeyond32Bits_OrderByTheirValue()
    {
        var plan = Plan(
            ManifestBuilder.ConfigMap("late").Wave("3000000000"),
            ManifestBuilder.ConfigMap("default"),
            ManifestBuilder.ConfigMap("early").Wave("-3000000000"),
            ManifestBuilder.ConfigMap("big").Wave("2147483647"));

        Assert.Equal(["early", "default", "big", "late"], Names(plan));
        Assert.Equal([-3_000_000_000L, 0L, 2_147_483_647L, 3_000_000_000L], plan.Tasks.Select(t => t.Wave).ToArray());
    }

    [Fact] // TestUnnamedHooksGetUniqueNames, S-24
    public void Plan_UnnamedMultiPhaseHook_GetsOneNamePerPhase()
    {
        var plan = Plan("foobarbaz", ManifestBuilder.Pod(null).Hook("PreSync,PostSync"));
        Assert.Equal(["foobarb-presync-1700000000", "foobarb-postsync-1700000000"], Names(plan));
    }

    [Fact] // TestUnnamedHooksGetUniqueNames: a revision shorter than 8 characters is used whole
    public void Plan_ShortRevision_IsUsedWhole()
    {
        var plan = Plan("foobar", ManifestBuilder.Job(null).GenerateName("migrate-").Hook("PreSync"));
        Assert.Equal(["migrate-foobar-presync-1700000000"], Names(plan));
    }

    [Fact] // X4: the appended text is lower-cased; the user's object is not modified
    public void Plan_GeneratedName_IsLowerCasedAndLeavesSourceUnchanged()
    {
        var doc = ManifestBuilder.Job(null).GenerateName("Migrate-").Hook("SyncFail").Build();
        var plan = SyncPlanner.Plan([doc], new PlanContext("ABCDEF1234", Start, "default", BuiltInScopes.Instance));
        Assert.Equal("Migrate-abcdef1-syncfail-1700000000", plan.Tasks.Single().Object.Name);
        Assert.Equal(string.Empty, doc.Object.Name);
    }

    [Fact] // TestManagedResourceAreNotNamed, S-25
    public void Plan_UnnamedResource_IsAnErrorWithSource()
    {
        var plan = Plan(ManifestBuilder.Pod(null).GenerateName("web-").At("app.yaml", 4));
        Assert.Empty(plan.Tasks);
        var error = Assert.Single(plan.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.UnnamedResource, error.Code);
        Assert.Equal(new SourceLocation("app.yaml", 4), error.Source);
        Assert.True(plan.HasErrors);
    }

    [Fact] // Test_syncTasks_kindOrder: all 35 ranked kinds in Helm's order, then any other kind
    public void Plan_AllRankedKinds_SortInKindOrderThenUnknownKinds()
    {
        var manifests = KindOrder.Kinds.Reverse().Select(k => ManifestBuilder.Of("v1", k, "x"))
            .Append(ManifestBuilder.Of("example.com/v1", "Widget", "a"))
            .ToArray();
        var plan = Plan(manifests);
        Assert.Equal(KindOrder.Kinds.Append("Widget"), plan.Tasks.Select(t => t.Object.Kind));
        Assert.Equal(-35, KindOrder.Rank("Namespace"));
        Assert.Equal(-1, KindOrder.Rank("APIService"));
        Assert.Equal(0, KindOrder.Rank("Widget"));
    }

    [Fact] // W1: phase, then wave (negative first), then kind, then name
    public void Plan_Tasks_SortByPhaseWaveKindName()
    {
        var plan = Plan(
            ManifestBuilder.Pod("b").Wave(1),
            ManifestBuilder.Pod("a").Wave(1),
            ManifestBuilder.Service("z").Wave(1),
            ManifestBuilder.Pod("early").Wave(-1),
            ManifestBuilder.Pod("post").Hook("PostSync"),
            ManifestBuilder.Pod("pre").Hook("PreSync").Wave(5),
            ManifestBuilder.Pod("fail").Hook("SyncFail").Wave(-9));
        Assert.Equal(["pre", "early", "z", "a", "b", "post", "fail"], Names(plan));
    }

    [Fact] // D-7: same kind and name in two namespaces sorts by namespace
    public void Plan_SameNameInTwoNamespaces_SortsByNamespace()
    {
        var plan = Plan(ManifestBuilder.ConfigMap("cm").InNamespace("b"), ManifestBuilder.ConfigMap("cm").InNamespace("a"));
        Assert.Equal(["a", "b"], plan.Tasks.Select(t => t.Object.Namespace));
    }

    [Fact] // TestSyncTasksSort_NamespaceAndObjectInNamespace, S-30
    public void Plan_NamespacesOfPreSyncJobs_ArePulledIntoPreSync()
    {
        var plan = Plan(
            ManifestBuilder.Namespace("ns1").Wave(1),
            ManifestBuilder.Namespace("ns2").Wave(2),
            ManifestBuilder.Job("job1").Hook("PreSync").InNamespace("ns1"),
            ManifestBuilder.Job("job2").Hook("PreSync").InNamespace("ns2"));
        Assert.Equal(["ns1", "job1", "ns2", "job2"], Names(plan));
        Assert.All(plan.Tasks, t => Assert.Equal((SyncPhase.PreSync, 0), (t.Phase, t.Wave)));
    }

    [Fact] // TestSyncTasksSort_CRDAndCR, S-31
    public void Plan_CrdOfPreSyncCustomResource_IsPulledAheadAndTheCrSkipsDryRun()
    {
        var plan = Plan(
            ManifestBuilder.Of("argoproj.io/v1alpha1", "Workflow", "wf").Hook("PreSync"),
            ManifestBuilder.Crd("argoproj.io", "Workflow", "workflows"));
        Assert.Equal(["CustomResourceDefinition", "Workflow"], plan.Tasks.Select(t => t.Object.Kind));
        Assert.Equal(SyncPhase.PreSync, plan.Tasks[0].Phase);
        Assert.False(plan.Tasks[0].SkipDryRun);
        Assert.True(plan.Tasks[1].SkipDryRun);
    }

    [Fact] // D-8: objects in a namespace created by the same sync skip the server-side dry-run
    public void Plan_ObjectInNamespaceCreatedBySync_SkipsDryRun()
    {
        var plan = Plan(ManifestBuilder.Namespace("shop"), ManifestBuilder.ConfigMap("cfg").InNamespace("shop"), ManifestBuilder.ConfigMap("other"));
        Assert.Equal([false, true, false], plan.Tasks.Select(t => t.SkipDryRun));
    }

    [Fact] // S-26 Skip, S-27 typo
    public void Plan_SkipAndIgnoredObjects_MakeNoTasks()
    {
        var plan = Plan(
            ManifestBuilder.Pod("pod").Hook("Skip"),
            ManifestBuilder.Pod("typo").Hook("Garbage"),
            ManifestBuilder.Pod("hook").Hook("Sync"));
        Assert.Equal(["hook"], Names(plan));
        Assert.Equal([ObjectRole.Skip, ObjectRole.Ignored], plan.Skipped.Select(s => s.Role));
    }

    [Fact] // S-28: Helm mapping and weight as wave
    public void Plan_HelmHooks_MapToPhasesAndWaves()
    {
        var plan = Plan(
            ManifestBuilder.Job("install").HelmHook("pre-install,pre-upgrade").Annotate(AnnotationKeys.HelmHookWeight, "1"),
            ManifestBuilder.Job("both").Hook("Sync").HelmHook("pre-install"));
        Assert.Equal([(SyncPhase.PreSync, 1, "install"), (SyncPhase.Sync, 0, "both")],
            plan.Tasks.Select(t => (t.Phase, t.Wave, t.Object.Name)));
    }

    [Fact] // D-10: namespaced objects get the default namespace, cluster-scoped ones never
    public void Plan_NamespaceDefaulting_FollowsScope()
    {
        var plan = Plan(
            ManifestBuilder.ConfigMap("cm"),
            ManifestBuilder.Of("rbac.authorization.k8s.io/v1", "ClusterRole", "reader"),
            ManifestBuilder.Crd("example.com", "Gadget", "gadgets", scope: "Cluster"),
            ManifestBuilder.Of("example.com/v1", "Gadget", "g"),
            ManifestBuilder.Of("example.com/v1", "Unknown", "u"));
        var byName = plan.Tasks.ToDictionary(t => t.Object.Name, t => t.Object.Namespace);
        Assert.Equal("default", byName["cm"]);
        Assert.Equal(string.Empty, byName["reader"]);
        Assert.Equal(string.Empty, byName["g"]);
        Assert.Equal("default", byName["u"]);
    }

    [Fact]
    public void Plan_NamespaceOnClusterScopedObject_IsDroppedWithWarning()
    {
        var plan = Plan(ManifestBuilder.Of("rbac.authorization.k8s.io/v1", "ClusterRole", "reader").InNamespace("x"));
        Assert.Equal(string.Empty, plan.Tasks.Single().Object.Namespace);
        Assert.Contains(plan.Diagnostics, d => d.Code == DiagnosticCodes.NamespaceOnClusterScoped);
    }

    [Fact]
    public void Plan_Strict_TurnsWarningsIntoErrors()
    {
        var docs = new[] { ManifestBuilder.Pod("typo").Hook("presync").Build() };
        var plan = SyncPlanner.Plan(docs, new PlanContext("r", Start, "default", BuiltInScopes.Instance, Strict: true));
        Assert.True(plan.HasErrors);
        Assert.All(plan.Diagnostics.Where(d => d.Code != DiagnosticCodes.DeletionHookNotRun), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void Plan_TwoHooksSharingGenerateNameAndPhase_IsAnError()
    {
        var plan = Plan(ManifestBuilder.Job(null).GenerateName("m-").Hook("PreSync").At("a.yaml", 1),
            ManifestBuilder.Job(null).GenerateName("m-").Hook("PreSync").At("b.yaml", 1));
        Assert.Contains(plan.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateObject && d.Message.Contains("b.yaml:1"));
    }

    [Fact]
    public void Plan_GeneratedJobNameOver63Characters_IsAnError()
    {
        var plan = Plan(ManifestBuilder.Job(null).GenerateName(new string('a', 40) + "-").Hook("PreSync"));
        Assert.Contains(plan.Diagnostics, d => d.Code == DiagnosticCodes.NameTooLong);
    }

    [Fact] // Test_syncTasks_multiStep
    public void Plan_MultiStep_WhenFirstAndLastTaskDifferInPhaseOrWave()
    {
        Assert.False(Plan(ManifestBuilder.Pod("a"), ManifestBuilder.Service("b")).IsMultiStep);
        Assert.True(Plan(ManifestBuilder.Pod("a"), ManifestBuilder.Service("b").Wave(1)).IsMultiStep);
        Assert.True(Plan(ManifestBuilder.Pod("a"), ManifestBuilder.Pod("f").Hook("SyncFail")).IsMultiStep);
    }

    [Fact]
    public void Plan_Steps_GroupTasksByPhaseAndWave()
    {
        var plan = Plan(ManifestBuilder.Pod("pre").Hook("PreSync"), ManifestBuilder.Pod("a"), ManifestBuilder.Pod("b").Wave(2),
            ManifestBuilder.Pod("fail").Hook("SyncFail"));
        Assert.Equal([(SyncPhase.PreSync, 0, 1), (SyncPhase.Sync, 0, 1), (SyncPhase.Sync, 2, 1)],
            plan.Steps.Select(s => (s.Phase, s.Wave, s.Tasks.Count)));
        Assert.Equal("fail", plan.SyncFailTasks.Single().Object.Name);
    }
}

/// <summary>Sync options that change what a task does (docs/sync-semantics.md#sync-options).</summary>
public sealed class SyncOptionPlanningTests
{
    private static SyncPlan Plan(Core.Hooks.SyncOptionSet run, params ManifestBuilder[] manifests) =>
        SyncPlanner.Plan(manifests.Select(m => m.Build()).ToList(),
            new PlanContext("rev", DateTimeOffset.UnixEpoch, "shop", BuiltInScopes.Instance) { RunOptions = run });

    private static Core.Hooks.SyncOptionSet Run(params string[] options) => Core.Hooks.SyncOptionParser.ParseRun(options, new List<string>());

    [Fact]
    public void ReplaceAndForce_ChooseTheOperation_ButNamespacesAndCrdsAreOnlyReplaced()
    {
        var plan = Plan(Run("Replace=true"),
            ManifestBuilder.ConfigMap("replaced"),
            ManifestBuilder.ConfigMap("recreated").Annotate(AnnotationKeys.SyncOptions, "Force=true"),
            ManifestBuilder.ConfigMap("applied").Annotate(AnnotationKeys.SyncOptions, "Replace=false"),
            ManifestBuilder.Namespace("shop").Annotate(AnnotationKeys.SyncOptions, "Force=true"));

        var operations = plan.Tasks.ToDictionary(t => t.Object.Name, t => t.Operation);
        Assert.Equal(TaskOperation.Replace, operations["replaced"]);
        Assert.Equal(TaskOperation.Recreate, operations["recreated"]);
        Assert.Equal(TaskOperation.Apply, operations["applied"]);
        Assert.Equal(TaskOperation.Replace, operations["shop"]);
    }

    [Fact]
    public void CreateNamespace_AddsAnUntrackedPreSyncNamespaceUnlessTheManifestsHaveIt()
    {
        var added = Plan(Run("CreateNamespace=true"), ManifestBuilder.ConfigMap("cfg"));
        var present = Plan(Run("CreateNamespace=true"), ManifestBuilder.ConfigMap("cfg"), ManifestBuilder.Namespace("shop"));

        var ns = added.Tasks[0];
        Assert.Equal(("Namespace", "shop", SyncPhase.PreSync, TaskOperation.Create, true), (ns.Object.Kind, ns.Object.Name, ns.Phase, ns.Operation, ns.AutoCreated));
        Assert.DoesNotContain(present.Tasks, t => t.AutoCreated);
    }
}
