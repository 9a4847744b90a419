using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class DiscoveryTests
{
    [Fact]
    public async Task CoreV1_ListsPods_WithStatusAndLogSubresources()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.GetAsync("/api/v1");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("APIResourceList", reply.Str("kind"));
        var names = ((JsonArray)reply.Body!["resources"]!).Select(r => r.Str("name")).ToList();
        Assert.Contains("pods", names);
        Assert.Contains("pods/status", names);
        Assert.Contains("pods/log", names);
        var ns = ((JsonArray)reply.Body!["resources"]!).Single(r => r.Str("name") == "namespaces");
        Assert.False(ns!["namespaced"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Apis_ListsGroups_WithPreferredVersion()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.GetAsync("/apis");

        Assert.Equal("APIGroupList", reply.Str("kind"));
        var groups = (JsonArray)reply.Body!["groups"]!;
        var autoscaling = groups.Single(g => g.Str("name") == "autoscaling")!;
        Assert.Equal("autoscaling/v2", autoscaling.Str("preferredVersion", "groupVersion"));
        Assert.Contains(groups, g => g.Str("name") == "batch");
        Assert.DoesNotContain(groups, g => g.Str("name") == "argoproj.io");
    }

    [Fact]
    public async Task GroupVersion_Apps_ListsDeploymentsWithShortName()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.GetAsync("/apis/apps/v1");

        var deployments = ((JsonArray)reply.Body!["resources"]!).Single(r => r.Str("name") == "deployments")!;
        Assert.Equal("Deployment", deployments.Str("kind"));
        Assert.Equal("deploy", deployments["shortNames"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Version_ReturnsVersionInfo()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.GetAsync("/version");

        Assert.Equal("1", reply.Str("major"));
        Assert.StartsWith("v1.", reply.Str("gitVersion"));
    }

    [Fact]
    public async Task UnservedGroupVersion_Returns404Status()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.GetAsync("/apis/example.com/v1");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("Status", reply.Str("kind"));
        Assert.Equal("the server could not find the requested resource", reply.Str("message"));
    }
}
