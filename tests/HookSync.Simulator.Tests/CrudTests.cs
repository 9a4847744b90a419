using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class CrudTests
{
    [Fact]
    public async Task Create_GenerateName_AppendsFiveLowercaseCharacters()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.PostAsync("/apis/batch/v1/namespaces/default/jobs", Manifests.Job(null, generateName: "migrate-presync-"));

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Matches("^migrate-presync-[a-z0-9]{5}$", reply.Str("metadata", "name"));
    }

    [Fact]
    public async Task Create_Existing_Returns409AlreadyExistsWithRealMessage()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/apis/batch/v1/namespaces/default/jobs", Manifests.Job("migrate"));
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("cm"));

        var job = await h.PostAsync("/apis/batch/v1/namespaces/default/jobs", Manifests.Job("migrate"));
        var cm = await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("cm"));

        Assert.Equal(HttpStatusCode.Conflict, job.Status);
        Assert.Equal("AlreadyExists", job.Str("reason"));
        Assert.Equal("jobs.batch \"migrate\" already exists", job.Str("message"));
        Assert.Equal("configmaps \"cm\" already exists", cm.Str("message"));
        Assert.Equal("batch", job.Str("details", "group"));
    }

    [Fact]
    public async Task Create_InMissingNamespace_Returns404NamespaceNotFound()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.ApplyAsync("/api/v1/namespaces/nope/configmaps/cm", Manifests.ConfigMap("cm"));

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("NotFound", reply.Str("reason"));
        Assert.Equal("namespaces \"nope\" not found", reply.Str("message"));
        Assert.Equal("Failure", reply.Str("status"));
        Assert.Equal(404, reply.Body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Apply_UnservedKind_Returns404StatusBody()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var widget = new JsonObject { ["apiVersion"] = "example.com/v1", ["kind"] = "Widget", ["metadata"] = new JsonObject { ["name"] = "w" } };

        var reply = await h.ApplyAsync("/apis/example.com/v1/namespaces/default/widgets/w", widget);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}""", reply.Text);
    }

    [Fact]
    public async Task Get_Missing_Returns404WithDetails()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.GetAsync("/apis/batch/v1/namespaces/default/jobs/ghost");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("jobs.batch \"ghost\" not found", reply.Str("message"));
        Assert.Equal("jobs", reply.Str("details", "kind"));
        Assert.Equal("ghost", reply.Str("details", "name"));
    }

    [Fact]
    public async Task Put_StaleResourceVersion_Returns409Conflict()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var created = await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("cm"));
        var stale = created.Body!.DeepClone().AsObject();
        await h.MergePatchAsync("/api/v1/namespaces/default/configmaps/cm", JsonNode.Parse("""{"data":{"key":"2"}}""")!.AsObject());

        var reply = await h.PutAsync("/api/v1/namespaces/default/configmaps/cm", stale);

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.StartsWith("Operation cannot be fulfilled on configmaps \"cm\": the object has been modified", reply.Str("message"));
    }

    [Fact]
    public async Task MergePatch_NullMember_RemovesIt()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("cm"));

        var reply = await h.MergePatchAsync("/api/v1/namespaces/default/configmaps/cm", JsonNode.Parse("""{"data":{"key":null,"other":"x"}}""")!.AsObject());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Null(reply.Body!["data"]!["key"]);
        Assert.Equal("x", reply.Str("data", "other"));
    }

    [Fact]
    public async Task StatusSubresource_Put_ChangesOnlyStatus()
    {
        await using var h = await SimulatorHarness.StartAsync(o => o with { WorkDuration = TimeSpan.FromHours(1) });
        var created = await h.PostAsync("/apis/apps/v1/namespaces/default/deployments", Manifests.Deployment("web"));
        var body = created.Body!.DeepClone().AsObject();
        body["status"] = new JsonObject { ["replicas"] = 7 };
        body["spec"]!["replicas"] = 9;

        var reply = await h.PutAsync("/apis/apps/v1/namespaces/default/deployments/web/status", body);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(7, reply.Body!["status"]!["replicas"]!.GetValue<int>());
        Assert.Equal(2, reply.Body["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(1, reply.Body["metadata"]!["generation"]!.GetValue<long>());
    }

    [Fact]
    public async Task List_AllNamespaces_ReturnsListKindAndResourceVersion()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("a"));
        await h.PostAsync("/api/v1/namespaces/kube-system/configmaps", Manifests.ConfigMap("b"));

        var reply = await h.GetAsync("/api/v1/configmaps");

        Assert.Equal("ConfigMapList", reply.Str("kind"));
        Assert.NotNull(reply.Str("metadata", "resourceVersion"));
        Assert.Equal("a,b", string.Join(",", ((JsonArray)reply.Body!["items"]!).Select(i => i.Str("metadata", "name"))));
    }

    [Fact]
    public async Task Namespaces_FreshCluster_AreActive()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.GetAsync("/api/v1/namespaces/default");

        Assert.Equal("Active", reply.Str("status", "phase"));
    }
}
