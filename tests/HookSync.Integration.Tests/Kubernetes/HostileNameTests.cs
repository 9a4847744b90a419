using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Integration.Tests.Kubernetes;

/// <summary>A name is one escaped path segment: whatever it contains, the request goes to that name and no other path.</summary>
public sealed class HostileNameTests
{
    private const string Traversal = "../../../../../../api/v1/namespaces/default/configmaps/victim";
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps/";

    [Fact]
    public async Task ApplyGetDelete_PathTraversalName_NeverReachTheVictim()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("victim", value: "untouched"), new ApplyRequest(false, true), CancellationToken.None);
        var before = cluster.Simulator.Requests.Count;
        var hostile = SimulatedCluster.ConfigMap("x").With(o => o["metadata"]!["name"] = Traversal);

        await Assert.ThrowsAsync<ClusterException>(() => cluster.Client.ApplyAsync(hostile, new ApplyRequest(false, true), CancellationToken.None));
        var got = await cluster.Client.GetAsync(ObjectReference.To(hostile), CancellationToken.None);
        var deleted = await cluster.Client.DeleteAsync(ObjectReference.To(hostile), DeletePropagation.Background, CancellationToken.None);

        Assert.Null(got);
        Assert.False(deleted);
        var calls = cluster.Simulator.Requests.Skip(before).Where(r => r.Verb is not "discovery").ToList();
        Assert.Equal(3, calls.Count);
        // The whole name, slashes escaped, is the last segment of the ConfigMap path, never a path of its own.
        Assert.All(calls, r => Assert.Equal(ConfigMaps + Traversal.Replace("/", "%2F", StringComparison.Ordinal), r.Path, ignoreCase: true));
        Assert.Equal("untouched", cluster.Simulator.Script.Get("ConfigMap", "default", "victim")!["data"]!["key"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task DeleteAndApply_DotSegmentName_AreRefusedBeforeAnythingIsSent(string name)
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var hostile = SimulatedCluster.ConfigMap("x").With(o => o["metadata"]!["name"] = name);

        var delete = await Assert.ThrowsAsync<ClusterException>(
            () => cluster.Client.DeleteAsync(ObjectReference.To(hostile), DeletePropagation.Background, CancellationToken.None));
        var apply = await Assert.ThrowsAsync<ClusterException>(
            () => cluster.Client.ApplyAsync(hostile, new ApplyRequest(false, true), CancellationToken.None));

        Assert.Equal((ClusterFailureKind.Invalid, ClusterFailureKind.Invalid), (delete.Kind, apply.Kind));
        Assert.Empty(cluster.Simulator.Requests);
        Assert.NotNull(cluster.Simulator.Script.Get("Namespace", "", "default"));
    }
}
