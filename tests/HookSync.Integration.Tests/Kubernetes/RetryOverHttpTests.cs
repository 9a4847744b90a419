using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Simulator.Faults;

namespace HookSync.Integration.Tests.Kubernetes;

/// <summary>The adapter's retries against real connection faults: repeated when repeating is safe, never for a create.</summary>
public sealed class RetryOverHttpTests
{
    [Fact]
    public async Task CreateAsync_AnswerLostAfterTheServerCreated_IsNotRetriedSoOneObjectExists()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        cluster.Simulator.Script.Inject(new FaultRule(FaultKind.LoseResponseAfterProcessing) { Verb = "create", MaxCount = 1 });
        var hook = KubeObject.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"smoke-","namespace":"default"},"data":{"k":"v"}}""");

        var error = await Assert.ThrowsAsync<ClusterException>(() => cluster.Client.CreateAsync(hook, dryRun: false, CancellationToken.None));

        Assert.Equal(ClusterFailureKind.Unreachable, error.Kind);
        Assert.Single(cluster.Simulator.Requests, r => r.Verb == "create");
        Assert.Single(cluster.Simulator.Script.List("ConfigMap"));
    }

    [Fact]
    public async Task GetAsync_ConnectionResetBeforeProcessing_IsRetriedAndAnswers()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("settings"), new ApplyRequest(false, true), CancellationToken.None);
        cluster.Simulator.Script.Inject(new FaultRule(FaultKind.ResetBeforeProcessing) { Verb = "get", MaxCount = 1 });

        var live = await cluster.Client.GetAsync(ObjectReference.To(SimulatedCluster.ConfigMap("settings")), CancellationToken.None);

        Assert.Equal("settings", live!.Name);
        Assert.Equal([0, 200], cluster.Simulator.Requests.Where(r => r.Verb == "get").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task DeleteAsync_AnswerLostAfterTheServerDeleted_IsRetriedAndReportsTheObjectGone()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("settings"), new ApplyRequest(false, true), CancellationToken.None);
        cluster.Simulator.Script.Inject(new FaultRule(FaultKind.LoseResponseAfterProcessing) { Verb = "delete", MaxCount = 1 });

        var deleted = await cluster.Client.DeleteAsync(ObjectReference.To(SimulatedCluster.ConfigMap("settings")), DeletePropagation.Background, CancellationToken.None);

        // The retry finds nothing to delete: the first attempt did it. Either answer leaves the object gone.
        Assert.False(deleted);
        Assert.Null(cluster.Simulator.Script.Get("ConfigMap", "default", "settings"));
        Assert.Equal([200, 404], cluster.Simulator.Requests.Where(r => r.Verb == "delete").Select(r => r.StatusCode));
    }
}
