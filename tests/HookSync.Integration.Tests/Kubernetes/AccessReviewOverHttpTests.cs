using HookSync.Core.Permissions;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Simulator;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Kubernetes;

/// <summary>The permissions preflight through the real KubernetesClient over HTTP: reviews, identity, nothing written.</summary>
public sealed class AccessReviewOverHttpTests
{
    private static readonly string[] Writes = ["create", "apply", "patch", "update", "delete", "deletecollection"];

    [Fact]
    public async Task Preflight_IdentityLackingDeleteJobs_ListsExactlyThatAndWritesNothing()
    {
        await using var cluster = await SimulatedCluster.StartAsync(o => o with { Denied = [AccessDenial.Parse("delete:jobs")] });
        var plan = SyncPlanner.Plan(
            [ManifestBuilder.Job("migrate").Hook("PreSync").Build(), ManifestBuilder.ConfigMap("settings").Build(), ManifestBuilder.Job("smoke").Hook("PostSync").InNamespace("web").Build()],
            new PlanContext("3f2a1b7c9d", DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), "default", BuiltInScopes.Instance));

        var result = await PermissionPreflight.CheckAsync(cluster.Client, plan, PermissionScope.Default with { LockNamespace = "default" }, CancellationToken.None);

        Assert.Equal(["delete jobs.batch in namespace \"default\"", "delete jobs.batch in namespace \"web\""], result.Missing.Select(m => m.ToString()).ToArray());
        Assert.Equal("system:serviceaccount:default:hooksync", result.Identity);
        var requests = cluster.Simulator.Requests;
        // Each distinct need reviewed once; no write reached the server.
        Assert.Equal(result.Checked, requests.Count(r => r.Path.EndsWith("/selfsubjectaccessreviews", StringComparison.Ordinal)));
        Assert.DoesNotContain(requests, r => Writes.Contains(r.Verb));
    }

    [Fact]
    public async Task DeniedAsync_DuplicateNeeds_AreReviewedOnce()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var need = new PermissionNeed("get", "", "configmaps", null, "default");

        var denied = await cluster.Client.DeniedAsync([need, need, need with { Verb = "list" }], CancellationToken.None);

        Assert.Empty(denied);
        Assert.Equal(2, cluster.Simulator.Requests.Count(r => r.Verb == "review"));
    }

    [Fact]
    public async Task DeniedAsync_ManyNeeds_AllAnsweredInOrder()
    {
        await using var cluster = await SimulatedCluster.StartAsync(o => o with { Denied = [AccessDenial.Parse("get:configmaps:ns-7"), AccessDenial.Parse("get:configmaps:ns-31")] });
        var needs = Enumerable.Range(0, 40).Select(i => new PermissionNeed("get", "", "configmaps", null, $"ns-{i}")).ToList();

        var denied = await cluster.Client.DeniedAsync(needs, CancellationToken.None);

        Assert.Equal(["ns-7", "ns-31"], denied.Select(d => d.Namespace ?? string.Empty).ToArray());
    }
}
