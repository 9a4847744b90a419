using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Integration.Tests.Kubernetes;

public sealed class ApplyAndReadTests
{
    [Fact]
    public async Task ApplyAsync_NewThenChanged_CreatesThenConfiguresWithServerSideApply()
    {
        await using var cluster = await SimulatedCluster.StartAsync();

        var created = await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("settings"), new ApplyRequest(false, true), CancellationToken.None);
        var configured = await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("settings", value: "2"), new ApplyRequest(false, true), CancellationToken.None);

        Assert.Equal(ApplyAction.Created, created.Action);
        Assert.Equal(ApplyAction.Configured, configured.Action);
        Assert.Equal("2", configured.Live.GetString("data", "key"));
        Assert.NotEqual(created.Live.ResourceVersion, configured.Live.ResourceVersion);
        Assert.Equal(created.Live.Uid, configured.Live.Uid);
        Assert.Equal(
            ["apply /api/v1/namespaces/default/configmaps/settings?fieldManager=hooksync&fieldValidation=Strict&force=true",
             "apply /api/v1/namespaces/default/configmaps/settings?fieldManager=hooksync&fieldValidation=Strict&force=true"],
            cluster.ApiCalls());
        Assert.All(cluster.Simulator.Requests.Where(r => r.Verb == "apply"), r => Assert.StartsWith("application/apply-patch+yaml", r.ContentType));
    }

    [Fact]
    public async Task ApplyAsync_DryRun_StoresNothing()
    {
        await using var cluster = await SimulatedCluster.StartAsync();

        var result = await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("settings"), new ApplyRequest(DryRun: true, Force: true), CancellationToken.None);
        var stored = await cluster.Client.GetAsync(ObjectReference.To(result.Live), CancellationToken.None);

        Assert.Equal("settings", result.Live.Name);
        Assert.Null(stored);
        Assert.Null(cluster.Simulator.Script.Get("ConfigMap", "default", "settings"));
        Assert.Contains("dryRun=All", cluster.ApiCalls()[0]);
    }

    [Fact]
    public async Task CreateAsync_GenerateName_ServerPicksTheName()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var job = SimulatedCluster.Job("unused").With(o => o["metadata"] = new System.Text.Json.Nodes.JsonObject { ["generateName"] = "migrate-", ["namespace"] = "default" });

        var result = await cluster.Client.CreateAsync(job, dryRun: false, CancellationToken.None);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.StartsWith("migrate-", result.Live.Name, StringComparison.Ordinal);
        Assert.True(result.Live.Name.Length > "migrate-".Length);
        Assert.NotNull(cluster.Simulator.Script.Get("Job", "default", result.Live.Name));
        Assert.Equal(["create /apis/batch/v1/namespaces/default/jobs?fieldManager=hooksync"], cluster.ApiCalls());
    }

    [Fact]
    public async Task CreateAsync_Existing_ThrowsAlreadyExists()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        await cluster.Client.CreateAsync(SimulatedCluster.ConfigMap("once"), false, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ClusterException>(() => cluster.Client.CreateAsync(SimulatedCluster.ConfigMap("once"), false, CancellationToken.None));

        Assert.Equal(ClusterFailureKind.AlreadyExists, error.Kind);
        Assert.Equal(409, error.StatusCode);
    }

    [Fact]
    public async Task ApplyAsync_MissingNamespace_ThrowsNotFoundWithTheServerMessage()
    {
        await using var cluster = await SimulatedCluster.StartAsync();

        var error = await Assert.ThrowsAsync<ClusterException>(
            () => cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("settings", ns: "nowhere"), new ApplyRequest(false, true), CancellationToken.None));

        Assert.Equal(ClusterFailureKind.NotFound, error.Kind);
        Assert.Equal("namespaces \"nowhere\" not found", error.Message);
        Assert.False(error.IsEnvironmentFailure);
    }

    [Fact]
    public async Task GetAsync_Missing_IsNull()
    {
        await using var cluster = await SimulatedCluster.StartAsync();

        var result = await cluster.Client.GetAsync(new ObjectReference(new GroupVersionKind("", "v1", "ConfigMap"), "default", "absent"), CancellationToken.None);

        Assert.Null(result);
    }

    [Fact]
    public async Task DeleteAsync_PresentThenAbsent_IsTrueThenFalse()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var applied = await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("doomed"), new ApplyRequest(false, true), CancellationToken.None);
        var target = ObjectReference.To(applied.Live);

        var first = await cluster.Client.DeleteAsync(target, DeletePropagation.Background, CancellationToken.None);
        var second = await cluster.Client.DeleteAsync(target, DeletePropagation.Background, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await cluster.Client.GetAsync(target, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_LabelSelector_ReturnsMatchingObjectsWithKind()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var labelled = SimulatedCluster.ConfigMap("labelled").With(o => o["metadata"]!["labels"] = new System.Text.Json.Nodes.JsonObject { ["app"] = "shop" });
        await cluster.Client.ApplyAsync(labelled, new ApplyRequest(false, true), CancellationToken.None);
        await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("plain"), new ApplyRequest(false, true), CancellationToken.None);

        var list = await cluster.Client.ListAsync(new GroupVersionKind("", "v1", "ConfigMap"), "default", "app=shop", CancellationToken.None);

        var item = Assert.Single(list.Items);
        Assert.Equal(("labelled", "ConfigMap", "v1"), (item.Name, item.Kind, item.ApiVersion));
        Assert.False(string.IsNullOrEmpty(list.ResourceVersion));
    }
}
