using HookSync.Core.Execution;
using HookSync.Core.Reporting;
using HookSync.Simulator;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>
/// How many requests a sync costs, counted by the simulator: objects healthy from their apply response are not watched,
/// the others share one list+watch per (kind, namespace), and the fallback re-read lists instead of GETting each object.
/// </summary>
public sealed class SharedWatchScenarioTests
{
    [Fact]
    public async Task Sync_ManyPlainObjects_DryRunAndApplyEachAndOneWatchPerKindAndNamespace()
    {
        await using var runner = await ScenarioRunner.StartAsync();
        var objects = new List<ManifestBuilder>();
        objects.AddRange(Enumerable.Range(0, 150).Select(i => ManifestBuilder.ConfigMap($"cm-{i:000}")));
        objects.AddRange(Enumerable.Range(0, 40).Select(i => ManifestBuilder.Service($"svc-{i:000}")));
        objects.AddRange(Enumerable.Range(0, 10).Select(i => Deployment($"web-{i:000}")));
        objects.Add(ManifestBuilder.Namespace("other"));
        objects.AddRange(Enumerable.Range(0, 5).Select(i => Deployment($"api-{i:000}").InNamespace("other")));

        var run = await runner.SyncAsync(objects, new SyncOptions { Concurrency = 8 });

        Assert.Equal(SyncResult.Succeeded, run.Report.Result);
        Assert.All(run.Report.Tasks, t => Assert.Equal(OperationPhase.Succeeded, t.State));
        var watches = run.Requests.Where(r => r.Verb == "watch").Select(r => r.Path).ToList();
        // One watch per (kind, namespace) that needs one; ConfigMaps, Services and the Namespace are healthy when applied.
        Assert.Equal(
            ["/apis/apps/v1/namespaces/default/deployments", "/apis/apps/v1/namespaces/other/deployments"],
            watches.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(run.Requests, r => r.Verb == "get");
        // Dry-run and apply per object (the 5 Deployments of the new namespace cannot be dry-run), plus the shared lists and watches.
        var perObject = (double)run.Requests.Count / objects.Count;
        Assert.True(perObject <= 2.05, $"{run.Requests.Count} requests for {objects.Count} objects: {string.Join(", ", run.Requests.GroupBy(r => r.Verb).Select(g => $"{g.Key}={g.Count()}"))}");
    }

    [Fact]
    public async Task Sync_QuietWatchesWithShortResync_ReReadsByListPerKindNeverGetPerObject()
    {
        // Deployments take 600 ms to roll out; a resync every 50 ms re-reads them many times meanwhile.
        await using var runner = await ScenarioRunner.StartAsync(o => o with { WorkDuration = TimeSpan.FromMilliseconds(600) });
        var deployments = Enumerable.Range(0, 20).Select(i => Deployment($"web-{i:000}")).ToList();

        // Fail fast off: its pod reads (D-16, one list of a Deployment's pods per resync) are not the re-read under test.
        var run = await runner.SyncAsync(deployments,
            new SyncOptions { Concurrency = 8, ResyncInterval = TimeSpan.FromMilliseconds(50), StuckAfter = TimeSpan.Zero });

        Assert.Equal(SyncResult.Succeeded, run.Report.Result);
        Assert.DoesNotContain(run.Requests, r => r.Verb == "get");
        var lists = run.Requests.Count(r => r.Verb == "list");
        Assert.True(lists >= 2, $"the informer's list and at least one resync list, got {lists}");
        // Each resync lists the kind's collection once, whatever the number of objects: never one request per Deployment.
        Assert.All(run.Requests.Where(r => r.Verb == "list"), r => Assert.Equal("/apis/apps/v1/namespaces/default/deployments", r.Path));
        Assert.Equal(40, run.Requests.Count(r => r.Verb == "apply"));
        Assert.Single(run.Requests, r => r.Verb == "watch");
    }
}
