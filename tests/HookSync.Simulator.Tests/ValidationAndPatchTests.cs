using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class ValidationAndPatchTests
{
    [Fact]
    public async Task Create_UppercaseName_Returns422WithRfc1123Message()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("Bad_Name"));

        Assert.Equal((HttpStatusCode)422, reply.Status);
        Assert.StartsWith("ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain", reply.Str("message"));
    }

    [Fact]
    public async Task Apply_JobWithRestartPolicyAlways_Returns422()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var job = Manifests.Job("migrate");
        job["spec"]!["template"]!["spec"]!["restartPolicy"] = "Always";

        var reply = await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/migrate", job);

        Assert.Equal((HttpStatusCode)422, reply.Status);
        Assert.Equal("Job.batch \"migrate\" is invalid: spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\"", reply.Str("message"));
    }

    [Fact]
    public async Task Create_ClusterRoleWithColon_IsAccepted()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var role = JsonNode.Parse("""{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"system:hooks"},"rules":[]}""")!.AsObject();

        var reply = await h.PostAsync("/apis/rbac.authorization.k8s.io/v1/clusterroles", role);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
    }

    [Fact]
    public async Task JsonPatch_RemoveFinalizerAndReplaceValue_Applies()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var cm = Manifests.ConfigMap("cm");
        cm["metadata"]!["finalizers"] = new JsonArray("a/b", "c/d");
        await h.PostAsync("/api/v1/namespaces/default/configmaps", cm);
        var patch = """[{"op":"remove","path":"/metadata/finalizers/0"},{"op":"replace","path":"/data/key","value":"9"},{"op":"add","path":"/data/new~1key","value":"x"}]""";

        var reply = await h.SendAsync(HttpMethod.Patch, "/api/v1/namespaces/default/configmaps/cm", patch, "application/json-patch+json");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("c/d", reply.Body!["metadata"]!["finalizers"]![0]!.GetValue<string>());
        Assert.Equal("9", reply.Str("data", "key"));
        Assert.Equal("x", reply.Str("data", "new/key"));
    }

    [Fact]
    public async Task JsonPatch_FailedTest_Returns422AndChangesNothing()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var created = await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("cm"));
        var patch = """[{"op":"test","path":"/data/key","value":"other"},{"op":"replace","path":"/data/key","value":"9"}]""";

        var reply = await h.SendAsync(HttpMethod.Patch, "/api/v1/namespaces/default/configmaps/cm", patch, "application/json-patch+json");

        Assert.Equal((HttpStatusCode)422, reply.Status);
        Assert.Equal(created.Str("metadata", "resourceVersion"), (await h.GetAsync("/api/v1/namespaces/default/configmaps/cm")).Str("metadata", "resourceVersion"));
    }
}
