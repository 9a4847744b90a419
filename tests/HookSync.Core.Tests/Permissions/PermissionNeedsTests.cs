using HookSync.Core.Model;
using HookSync.Core.Permissions;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Core.Tests.Permissions;

/// <summary>The rights a plan needs (README "Permissions preflight"), computed without a cluster.</summary>
public sealed class PermissionNeedsTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static readonly Dictionary<GroupVersionKind, ApiResource> Resources = new[]
    {
        new ApiResource(new GroupVersionKind("", "v1", "ConfigMap"), "configmaps", true),
        new ApiResource(new GroupVersionKind("", "v1", "Pod"), "pods", true),
        new ApiResource(new GroupVersionKind("", "v1", "Namespace"), "namespaces", false),
        new ApiResource(new GroupVersionKind("batch", "v1", "Job"), "jobs", true),
        new ApiResource(new GroupVersionKind("apps", "v1", "Deployment"), "deployments", true),
    }.ToDictionary(r => r.Gvk);

    private static SyncPlan Plan(params ManifestBuilder[] manifests) =>
        SyncPlanner.Plan(manifests.Select(m => m.Build()).ToList(), new PlanContext("3f2a1b7c9d", Start, "default", BuiltInScopes.Instance));

    private static List<string> Texts(IEnumerable<PermissionNeed> needs) => [.. needs.Select(n => n.ToString())];

    [Fact]
    public void For_PlainResource_NeedsServerSideApplyAndHealthReadsAndEvents()
    {
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.ConfigMap("settings")), Resources, PermissionScope.Default);

        Assert.Equal(
        [
            "list events in namespace \"default\"",
            "create configmaps in namespace \"default\"", "get configmaps in namespace \"default\"", "list configmaps in namespace \"default\"",
            "patch configmaps in namespace \"default\"", "watch configmaps in namespace \"default\"",
        ], Texts(needs.OrderBy(n => n.Resource == "events" ? 0 : 1)));
    }

    [Fact]
    public void For_JobHook_AlsoNeedsDeleteAndItsPodsLogs()
    {
        var needs = Texts(PermissionNeeds.For(Plan(ManifestBuilder.Job("migrate").Hook("PreSync")), Resources, PermissionScope.Default));

        Assert.Contains("delete jobs.batch in namespace \"default\"", needs);
        Assert.Contains("patch jobs.batch in namespace \"default\"", needs);
        Assert.Contains("list pods in namespace \"default\"", needs);
        Assert.Contains("get pods/log in namespace \"default\"", needs);
    }

    [Fact]
    public void For_ResourceThatIsNoHook_NeedsNoDelete()
    {
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.Deployment("web")), Resources, PermissionScope.Default);

        Assert.DoesNotContain(needs, n => n.Verb == "delete");
        Assert.DoesNotContain(needs, n => n.Subresource == "log");
    }

    [Fact]
    public void For_TwoObjectsOfAKind_ListEachNeedOnce()
    {
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.ConfigMap("a"), ManifestBuilder.ConfigMap("b"), ManifestBuilder.ConfigMap("c").InNamespace("web")),
            Resources, PermissionScope.Default);

        Assert.Equal(needs.Count, needs.Distinct().Count());
        Assert.Single(needs, n => n is { Verb: "patch", Resource: "configmaps", Namespace: "default" });
        Assert.Single(needs, n => n is { Verb: "patch", Resource: "configmaps", Namespace: "web" });
    }

    [Fact]
    public void For_ClusterScopedKind_IsCheckedClusterWide()
    {
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.Namespace("web")), Resources, PermissionScope.Default);

        Assert.Contains(new PermissionNeed("patch", "", "namespaces", null, null), needs);
        Assert.All(needs, n => Assert.Null(n.Namespace));
    }

    [Fact]
    public void For_Lock_NeedsLeaseRightsInTheLockNamespace()
    {
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.ConfigMap("a")), Resources, PermissionScope.Default with { LockNamespace = "locks" });

        Assert.Equal(["create", "delete", "get", "update"],
            needs.Where(n => n is { Group: "coordination.k8s.io", Resource: "leases", Namespace: "locks" }).Select(n => n.Verb).ToArray());
    }

    [Fact]
    public void For_DryRun_NeedsOnlyTheWritesTheDryRunChecks()
    {
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.Job("migrate").Hook("PreSync")), Resources,
            PermissionScope.Default with { DryRun = true, LockNamespace = null });

        Assert.Equal(["create jobs.batch in namespace \"default\"", "patch jobs.batch in namespace \"default\""], Texts(needs));
    }

    [Fact]
    public void For_KindTheServerDoesNotServe_IsLeftToValidation()
    {
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.Of("example.com/v1", "Widget", "w")), Resources, PermissionScope.Default);

        Assert.DoesNotContain(needs, n => n.Group == "example.com");
    }

    [Fact]
    public void For_ExtraNeeds_AreAddedOnce()
    {
        var prune = new PermissionNeed("delete", "", "configmaps", null, "default");
        var needs = PermissionNeeds.For(Plan(ManifestBuilder.ConfigMap("a")), Resources,
            PermissionScope.Default with { Extra = [prune, prune] });

        Assert.Single(needs, n => n == prune);
    }

    [Fact]
    public void Message_ListsEveryMissingRightAndTheIdentity()
    {
        var result = new PreflightResult(12,
            [new PermissionNeed("delete", "batch", "jobs", null, "web"), new PermissionNeed("get", "", "pods", "log", "web")], "system:serviceaccount:ci:deployer");

        Assert.Equal("\"system:serviceaccount:ci:deployer\" lacks 2 permissions this sync needs: delete jobs.batch in namespace \"web\"; "
            + "get pods/log in namespace \"web\". Nothing was applied; grant them with a Role or ClusterRole (or pass --skip-preflight to find out the hard way)",
            result.Message());
    }
}
