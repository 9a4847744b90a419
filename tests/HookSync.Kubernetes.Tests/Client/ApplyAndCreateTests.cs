using System.Net;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Kubernetes.Tests.Support;

namespace HookSync.Kubernetes.Tests.Client;

public sealed class ApplyAndCreateTests
{
    [Fact]
    public async Task ApplyAsync_NewConfigMap_SendsServerSideApplyAndReportsCreated()
    {
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Patch
            ? ScriptedCluster.Object(HttpStatusCode.Created, ScriptedCluster.ConfigMap("settings"))
            : null);

        var result = await cluster.Client.ApplyAsync(ScriptedCluster.ConfigMap("settings"), new ApplyRequest(DryRun: false, Force: true), CancellationToken.None);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal("7", result.Live.ResourceVersion);
        var call = Assert.Single(cluster.ApiCalls);
        Assert.Equal("PATCH", call.Method);
        Assert.Equal("/api/v1/namespaces/app/configmaps/settings", call.Path);
        Assert.Contains("fieldManager=hooksync", call.Query);
        Assert.Contains("force=true", call.Query);
        Assert.DoesNotContain("dryRun", call.Query);
        Assert.Equal("application/apply-patch+yaml", call.ContentType);
        Assert.Contains("\"name\":\"settings\"", call.Body);
        Assert.Equal("Bearer " + ScriptedCluster.Token, call.Authorization);
    }

    [Fact]
    public async Task ApplyAsync_ExistingObject_ReportsConfigured()
    {
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Patch
            ? ScriptedCluster.Object(HttpStatusCode.OK, ScriptedCluster.ConfigMap("settings"))
            : null);

        var result = await cluster.Client.ApplyAsync(ScriptedCluster.ConfigMap("settings"), new ApplyRequest(false, true), CancellationToken.None);

        Assert.Equal(ApplyAction.Configured, result.Action);
    }

    [Fact]
    public async Task ApplyAsync_DryRun_SendsDryRunAll()
    {
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Patch
            ? ScriptedCluster.Object(HttpStatusCode.Created, ScriptedCluster.ConfigMap("settings"))
            : null);

        await cluster.Client.ApplyAsync(ScriptedCluster.ConfigMap("settings"), new ApplyRequest(DryRun: true, Force: false, FieldManager: "ci"), CancellationToken.None);

        var call = Assert.Single(cluster.ApiCalls);
        Assert.Contains("dryRun=All", call.Query);
        Assert.Contains("fieldManager=ci", call.Query);
        Assert.Contains("force=false", call.Query);
    }

    [Fact]
    public async Task ApplyAsync_ClusterRoleWithNamespace_UsesClusterPathAndDropsTheNamespace()
    {
        var role = KubeObject.Parse("""{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"reader","namespace":"app"},"rules":[]}""");
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Patch
            ? ScriptedCluster.Object(HttpStatusCode.Created, role)
            : null);

        await cluster.Client.ApplyAsync(role, new ApplyRequest(false, true), CancellationToken.None);

        var call = Assert.Single(cluster.ApiCalls);
        Assert.Equal("/apis/rbac.authorization.k8s.io/v1/clusterroles/reader", call.Path);
        Assert.DoesNotContain("namespace", call.Body);
    }

    [Fact]
    public async Task ApplyAsync_ObjectWithoutNamespace_UsesTheContextNamespace()
    {
        var job = KubeObject.Parse("""{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate"}}""");
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Patch
            ? ScriptedCluster.Object(HttpStatusCode.Created, job)
            : null);

        await cluster.Client.ApplyAsync(job, new ApplyRequest(false, true), CancellationToken.None);

        Assert.Equal("/apis/batch/v1/namespaces/ci-ns/jobs/migrate", Assert.Single(cluster.ApiCalls).Path);
    }

    [Fact]
    public async Task ApplyAsync_GenerateNameOnly_IsRejectedBeforeAnyCall()
    {
        var pod = KubeObject.Parse("""{"apiVersion":"v1","kind":"Pod","metadata":{"generateName":"hook-"}}""");
        using var cluster = new ScriptedCluster((_, _) => null);

        await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.ApplyAsync(pod, new ApplyRequest(false, true), CancellationToken.None));

        Assert.Empty(cluster.Handler.Calls);
    }

    [Fact]
    public async Task CreateAsync_GenerateName_PostsToTheCollection()
    {
        var pod = KubeObject.Parse("""{"apiVersion":"v1","kind":"Pod","metadata":{"generateName":"hook-","namespace":"app"}}""");
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Post
            ? ScriptedCluster.Object(HttpStatusCode.Created, pod.WithName("hook-x7k2p"))
            : null);

        var result = await cluster.Client.CreateAsync(pod, dryRun: true, CancellationToken.None);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal("hook-x7k2p", result.Live.Name);
        var call = Assert.Single(cluster.ApiCalls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/api/v1/namespaces/app/pods", call.Path);
        Assert.Equal("?fieldManager=hooksync&dryRun=All", call.Query);
        Assert.Equal("application/json", call.ContentType);
        Assert.Contains("\"generateName\":\"hook-\"", call.Body);
    }

    [Fact]
    public async Task CreateAsync_AlreadyExists_MapsTheReason()
    {
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Post
            ? ScriptedHandler.Status(HttpStatusCode.Conflict, "AlreadyExists", "configmaps \\\"settings\\\" already exists")
            : null);

        var error = await Assert.ThrowsAsync<ClusterException>(() => cluster.Client.CreateAsync(ScriptedCluster.ConfigMap("settings"), false, CancellationToken.None));

        Assert.Equal(ClusterFailureKind.AlreadyExists, error.Kind);
        Assert.Equal("configmaps \"settings\" already exists", error.Message);
        Assert.Equal(409, error.StatusCode);
    }
}
