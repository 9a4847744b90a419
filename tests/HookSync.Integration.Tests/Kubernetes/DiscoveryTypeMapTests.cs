using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Integration.Tests.Kubernetes;

public sealed class DiscoveryTypeMapTests
{
    [Theory]
    [InlineData("networking.k8s.io", "v1", "Ingress", "ingresses", true)]
    [InlineData("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true)]
    [InlineData("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false)]
    [InlineData("", "v1", "Namespace", "namespaces", false)]
    [InlineData("apps", "v1", "Deployment", "deployments", true)]
    public async Task FindResourceAsync_BuiltInKind_MapsToDiscoveredPluralAndScope(string group, string version, string kind, string plural, bool namespaced)
    {
        await using var cluster = await SimulatedCluster.StartAsync();

        var resource = await cluster.Client.FindResourceAsync(new GroupVersionKind(group, version, kind), CancellationToken.None);

        Assert.Equal(new ApiResource(new GroupVersionKind(group, version, kind), plural, namespaced), resource);
    }

    [Fact]
    public async Task FindResourceAsync_ManyConcurrentLookupsOfOneGroupVersion_FetchDiscoveryOnce()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var kinds = new[] { "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" };

        var found = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => cluster.Client.FindResourceAsync(new GroupVersionKind("apps", "v1", kinds[i % kinds.Length]), CancellationToken.None))));

        Assert.All(found, resource => Assert.NotNull(resource));
        Assert.Single(cluster.Simulator.Requests, r => r.Path == "/apis/apps/v1");
    }

    [Fact]
    public async Task ApplyAsync_ClusterRole_IsStoredClusterScoped()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var role = KubeObject.Parse("""{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"reader"},"rules":[]}""");

        var result = await cluster.Client.ApplyAsync(role, new ApplyRequest(false, true), CancellationToken.None);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal("", result.Live.Namespace);
        Assert.Contains("apply /apis/rbac.authorization.k8s.io/v1/clusterroles/reader?fieldManager=hooksync&fieldValidation=Strict&force=true", cluster.ApiCalls());
    }

    [Fact]
    public async Task ApplyAsync_CustomResourceWithoutCrd_ThrowsNotServed()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var widget = KubeObject.Parse("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1","namespace":"default"}}""");

        var error = await Assert.ThrowsAsync<ClusterException>(() => cluster.Client.ApplyAsync(widget, new ApplyRequest(false, true), CancellationToken.None));

        Assert.Equal(ClusterFailureKind.NotServed, error.Kind);
        Assert.Equal("the server does not serve kind \"Widget\" in \"example.com/v1\"; is its CustomResourceDefinition installed?", error.Message);
        Assert.Empty(cluster.ApiCalls());
    }

    [Fact]
    public async Task InvalidateDiscovery_AfterCrdEstablished_ServesTheNewKind()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var workflowKind = new GroupVersionKind("argoproj.io", "v1alpha1", "Workflow");
        Assert.Null(await cluster.Client.FindResourceAsync(workflowKind, CancellationToken.None));

        var crd = await cluster.Client.ApplyAsync(WorkflowCrd(), new ApplyRequest(false, true), CancellationToken.None);
        await WaitUntilEstablishedAsync(cluster, crd.Live);
        var beforeInvalidate = await cluster.Client.FindResourceAsync(workflowKind, CancellationToken.None);
        var afterInvalidate = await FindAfterInvalidatingAsync(cluster, workflowKind);

        Assert.Null(beforeInvalidate);
        Assert.Equal(new ApiResource(workflowKind, "workflows", true), afterInvalidate);
    }

    // The simulator publishes the Established condition a moment before discovery serves the kind (a real API server
    // has the same short lag), so the lookup is repeated, each time after invalidating, for a bounded time.
    private static async Task<ApiResource?> FindAfterInvalidatingAsync(SimulatedCluster cluster, GroupVersionKind gvk)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            cluster.Client.InvalidateDiscovery();
            if (await cluster.Client.FindResourceAsync(gvk, CancellationToken.None) is { } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        return null;
    }

    private static async Task WaitUntilEstablishedAsync(SimulatedCluster cluster, KubeObject crd)
    {
        await foreach (var change in cluster.Client.WatchAsync(ObjectReference.To(crd), crd.ResourceVersion, CancellationToken.None)
            .WithTimeout(TimeSpan.FromSeconds(30)))
        {
            if (change.Object.Select("status", "conditions")?.ToJsonString().Contains("\"Established\"", StringComparison.Ordinal) == true)
            {
                return;
            }
        }
        Assert.Fail("the CRD never became Established");
    }

    private static KubeObject WorkflowCrd() => KubeObject.Parse("""
        {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"workflows.argoproj.io"},
         "spec":{"group":"argoproj.io","scope":"Namespaced",
           "names":{"kind":"Workflow","plural":"workflows","singular":"workflow","listKind":"WorkflowList"},
           "versions":[{"name":"v1alpha1","served":true,"storage":true,
             "schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}
        """);
}
