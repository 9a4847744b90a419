using HookSync.Core.Execution;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

/// <summary>Which objects are watched, and how: settled by the apply response → none; otherwise one watch per (kind, namespace).</summary>
public sealed class SharedWatchTests
{
    [Fact]
    public async Task RunAsync_ConfigMapsAndDeployments_OnlyDeploymentsWatchedOncePerNamespace()
    {
        using var harness = new SyncHarness();
        var plan = Of([
            .. Enumerable.Range(0, 6).Select(i => Resource(ConfigMap($"cm-{i}"))),
            .. Enumerable.Range(0, 4).Select(i => Resource(Deployment($"web-{i}"))),
            .. Enumerable.Range(0, 3).Select(i => Resource(Deployment($"api-{i}", "kube-system"))),
        ]);

        var report = await harness.RunAsync(plan, new SyncOptions { Concurrency = 4 });

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.All(report.Tasks, t => Assert.Equal(OperationPhase.Succeeded, t.State));
        var watches = harness.Cluster.Requests.Where(r => r.Verb == "watch").Select(r => $"{r.Kind} {r.Namespace}").Order(StringComparer.Ordinal);
        Assert.Equal(["Deployment default", "Deployment kube-system"], watches);
        Assert.Equal(2, harness.Cluster.Requests.Count(r => r.Verb == "list" && r.Kind == "Deployment"));
        Assert.DoesNotContain(harness.Cluster.Requests, r => r.Verb == "get");
    }

    [Fact]
    public async Task RunAsync_DeploymentsInTwoWaves_SecondWaveReusesTheWatch()
    {
        using var harness = new SyncHarness();
        var plan = Of(Resource(Deployment("first")), Resource(Deployment("second"), wave: 1));

        var report = await harness.RunAsync(plan, new SyncOptions());

        Assert.Equal(SyncResult.Succeeded, report.Result);
        Assert.Single(harness.Cluster.Requests, r => r.Verb == "watch");
        Assert.Equal(OperationPhase.Succeeded, report.Task("second").State);
    }

    [Fact]
    public async Task RunAsync_WatchGone_ListsAgainAndWatchesFromTheNewList()
    {
        // Informer style: 410 Gone means the version fell out of the server's window; list again, then watch from the list.
        using var harness = new SyncHarness();
        harness.Cluster.KindWatchesGone = 1;
        harness.Cluster.CompletionDelay = TimeSpan.FromSeconds(3);

        var report = await harness.RunAsync(Of(Resource(Deployment("web"))), new SyncOptions { ResyncInterval = TimeSpan.FromMinutes(10) });

        Assert.Equal(OperationPhase.Succeeded, report.Task("web").State);
        var informer = harness.Cluster.Requests.Where(r => r.Kind == "Deployment" && r.Verb is "list" or "watch").Select(r => r.Verb);
        Assert.Equal(["list", "watch", "list", "watch"], informer);
    }
}
