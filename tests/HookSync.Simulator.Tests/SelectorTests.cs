using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class SelectorTests
{
    [Theory]
    [InlineData("app=web", "web1,web2")]
    [InlineData("app==web", "web1,web2")]
    [InlineData("app!=web", "db,plain")]
    [InlineData("tier in (front,back)", "db,web1")]
    [InlineData("tier notin (front)", "db,plain,web2")]
    [InlineData("tier", "db,web1")]
    [InlineData("!tier", "plain,web2")]
    [InlineData("app=web,tier=front", "web1")]
    public async Task List_LabelSelector_FiltersLikeTheApiserver(string selector, string expected)
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("web1", labels: new JsonObject { ["app"] = "web", ["tier"] = "front" }));
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("web2", labels: new JsonObject { ["app"] = "web" }));
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("db", labels: new JsonObject { ["app"] = "db", ["tier"] = "back" }));
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("plain"));

        var reply = await h.GetAsync("/api/v1/namespaces/default/configmaps?labelSelector=" + Uri.EscapeDataString(selector));

        var names = ((JsonArray)reply.Body!["items"]!).Select(i => i.Str("metadata", "name")).ToArray();
        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task List_FieldSelector_FiltersOnNameAndPodPhase()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("quick", "Never"));
        h.Simulator.Script.StayProgressing("Pod", "slow");
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("slow", "Never"));
        h.Advance(SimulatorHarness.Work * 2);

        var succeeded = await h.GetAsync("/api/v1/namespaces/default/pods?fieldSelector=" + Uri.EscapeDataString("status.phase=Succeeded"));
        var byName = await h.GetAsync("/api/v1/pods?fieldSelector=" + Uri.EscapeDataString("metadata.name=slow,metadata.namespace=default"));

        Assert.Equal("quick", string.Join(",", ((JsonArray)succeeded.Body!["items"]!).Select(i => i.Str("metadata", "name"))));
        Assert.Equal("slow", string.Join(",", ((JsonArray)byName.Body!["items"]!).Select(i => i.Str("metadata", "name"))));
    }
}
