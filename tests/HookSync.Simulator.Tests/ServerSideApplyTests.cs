using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class ServerSideApplyTests
{
    private const string CmPath = "/api/v1/namespaces/default/configmaps/settings";

    [Fact]
    public async Task Apply_Absent_Creates201WithMetadata()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.ApplyAsync(CmPath, Manifests.ConfigMap("settings"));

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal("2026-03-01T12:00:00Z", reply.Str("metadata", "creationTimestamp"));
        Assert.Equal(1, reply.Body!["metadata"]!["generation"]!.GetValue<long>());
        Assert.Matches("^[0-9a-f-]{36}$", reply.Str("metadata", "uid"));
        Assert.Equal("hooksync", reply.Body["metadata"]!["managedFields"]![0].Str("manager"));
        Assert.Equal("Apply", reply.Body["metadata"]!["managedFields"]![0].Str("operation"));
    }

    [Fact]
    public async Task Apply_SameConfigTwice_KeepsResourceVersionAndGeneration()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var first = await h.ApplyAsync(CmPath, Manifests.ConfigMap("settings"));

        var second = await h.ApplyAsync(CmPath, Manifests.ConfigMap("settings"));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Str("metadata", "resourceVersion"), second.Str("metadata", "resourceVersion"));
        Assert.Equal(first.Body!["metadata"]!["generation"]!.GetValue<long>(), second.Body!["metadata"]!["generation"]!.GetValue<long>());
    }

    [Fact]
    public async Task Apply_ChangedSpec_BumpsGenerationAndResourceVersion()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var path = "/apis/apps/v1/namespaces/default/deployments/web";
        var first = await h.ApplyAsync(path, Manifests.Deployment("web", replicas: 1));

        var second = await h.ApplyAsync(path, Manifests.Deployment("web", replicas: 3));

        Assert.Equal(2, second.Body!["metadata"]!["generation"]!.GetValue<long>());
        Assert.NotEqual(first.Str("metadata", "resourceVersion"), second.Str("metadata", "resourceVersion"));
        Assert.Equal(3, second.Body["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public async Task Apply_FieldOwnedByOtherManager_Returns409Conflict()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var path = "/apis/apps/v1/namespaces/default/deployments/web";
        await h.ApplyAsync(path, Manifests.Deployment("web", replicas: 1), manager: "kubectl");

        var reply = await h.ApplyAsync(path, Manifests.Deployment("web", replicas: 4), manager: "hooksync");

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("Conflict", reply.Str("reason"));
        Assert.Equal("Apply failed with 1 conflict: conflict with \"kubectl\" using apps/v1: .spec.replicas", reply.Str("message"));
    }

    [Fact]
    public async Task Apply_WithForce_TakesOwnershipAndWins()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var path = "/apis/apps/v1/namespaces/default/deployments/web";
        await h.ApplyAsync(path, Manifests.Deployment("web", replicas: 1), manager: "kubectl");

        var reply = await h.ApplyAsync(path, Manifests.Deployment("web", replicas: 4), manager: "hooksync", force: true);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Body!["spec"]!["replicas"]!.GetValue<int>());
        var kubectlAgain = await h.ApplyAsync(path, Manifests.Deployment("web", replicas: 1), manager: "kubectl");
        Assert.Equal(HttpStatusCode.Conflict, kubectlAgain.Status);
        Assert.Contains("conflict with \"hooksync\"", kubectlAgain.Str("message"));
    }

    [Fact]
    public async Task Apply_FieldNoLongerApplied_IsRemoved()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var withExtra = Manifests.ConfigMap("settings");
        withExtra["data"]!["extra"] = "x";
        await h.ApplyAsync(CmPath, withExtra);

        var reply = await h.ApplyAsync(CmPath, Manifests.ConfigMap("settings"));

        Assert.Null(reply.Body!["data"]!["extra"]);
        Assert.Equal("1", reply.Str("data", "key"));
    }

    [Fact]
    public async Task Apply_WithoutFieldManager_Returns422()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.ApplyAsync(CmPath, Manifests.ConfigMap("settings"), manager: null);

        Assert.Equal((HttpStatusCode)422, reply.Status);
        Assert.Contains("fieldManager: Required value", reply.Str("message"));
    }

    [Fact]
    public async Task Apply_DryRun_StoresNothing()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.ApplyAsync(CmPath, Manifests.ConfigMap("settings"), dryRun: true);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal("1", reply.Str("data", "key"));
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync(CmPath)).Status);
    }

    [Fact]
    public async Task Apply_ChangedJobTemplate_Returns422Invalid()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var path = "/apis/batch/v1/namespaces/default/jobs/migrate";
        await h.ApplyAsync(path, Manifests.Job("migrate"));

        var reply = await h.ApplyAsync(path, Manifests.Job("migrate", image: "busybox:1.37"));

        Assert.Equal((HttpStatusCode)422, reply.Status);
        Assert.Equal("Invalid", reply.Str("reason"));
        Assert.StartsWith("Job.batch \"migrate\" is invalid: spec.template: Invalid value: ", reply.Str("message"));
        Assert.EndsWith(": field is immutable", reply.Str("message"));
    }

    [Fact]
    public async Task MergePatch_PodFieldOtherThanImage_Returns422Forbidden()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("p", "Never"));

        var image = await h.MergePatchAsync("/api/v1/namespaces/default/pods/p",
            JsonNode.Parse("""{"spec":{"containers":[{"name":"main","image":"busybox:1.37"}]}}""")!.AsObject());
        var policy = await h.MergePatchAsync("/api/v1/namespaces/default/pods/p", JsonNode.Parse("""{"spec":{"restartPolicy":"Always"}}""")!.AsObject());

        Assert.Equal(HttpStatusCode.OK, image.Status);
        Assert.Equal((HttpStatusCode)422, policy.Status);
        Assert.StartsWith("Pod \"p\" is invalid: spec: Forbidden: pod updates may not change fields other than", policy.Str("message"));
    }
}
