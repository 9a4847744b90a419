using HookSync.Core.Locking;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Integration.Tests.Kubernetes;

/// <summary>The run lock over real HTTP: PUT with a resourceVersion precondition is the compare-and-swap it relies on.</summary>
public sealed class LeaseLockTests
{
    private static readonly ObjectReference Lease = new(new GroupVersionKind("coordination.k8s.io", "v1", "Lease"), "default", "hooksync-shop");

    [Fact]
    public async Task ReplaceAsync_StaleResourceVersion_IsAConflict()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var created = await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("cas"), new ApplyRequest(false, true), CancellationToken.None);
        var first = await cluster.Client.ReplaceAsync(created.Live.With(r => r["data"] = new System.Text.Json.Nodes.JsonObject { ["k"] = "1" }), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ClusterException>(() =>
            cluster.Client.ReplaceAsync(created.Live.With(r => r["data"] = new System.Text.Json.Nodes.JsonObject { ["k"] = "2" }), CancellationToken.None));

        Assert.Equal(ClusterFailureKind.Conflict, error.Kind);
        Assert.Equal("1", first.GetString("data", "k"));
        Assert.Contains("update /api/v1/namespaces/default/configmaps/cas?fieldManager=hooksync", cluster.ApiCalls());
    }

    [Fact]
    public async Task RunLock_SecondRunWaitsForTheFirstAndTheLeaseIsGoneAfterBoth()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var options = new LockOptions("default", "hooksync-shop", "run-1", TimeSpan.FromMinutes(1)) { PollInterval = TimeSpan.FromMilliseconds(50) };
        var first = await RunLock.AcquireAsync(cluster.Client, options, TimeProvider.System, _ => { }, CancellationToken.None);
        var waiting = new List<string>();

        var second = RunLock.AcquireAsync(cluster.Client, options with { Holder = "run-2" }, TimeProvider.System, waiting.Add, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        var secondLock = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(waiting, w => w.Contains("held by run-1", StringComparison.Ordinal));
        Assert.Equal("run-2", (await cluster.Client.GetAsync(Lease, CancellationToken.None))!.GetString("spec", "holderIdentity"));
        await secondLock.DisposeAsync();
        Assert.Null(await cluster.Client.GetAsync(Lease, CancellationToken.None));
    }
}
