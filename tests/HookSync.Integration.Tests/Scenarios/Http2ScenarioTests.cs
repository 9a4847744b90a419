using HookSync.Core.Execution;
using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Against a TLS server that offers HTTP/2 (as every real API server does), every request of a sync uses it.</summary>
public sealed class Http2ScenarioTests
{
    [Fact]
    public async Task Sync_OverTls_EveryRequestSpeaksHttp2()
    {
        await using var runner = await ScenarioRunner.StartAsync(o => o with { Tls = true });
        Assert.Equal("https", runner.Simulator.BaseUri.Scheme);
        var objects = new List<ManifestBuilder> { ManifestBuilder.ConfigMap("settings"), ManifestBuilder.Service("web"), Deployment("web") };
        objects.AddRange(HookJobs());

        var run = await runner.SyncAsync(objects, new SyncOptions { Concurrency = 8 });

        Assert.Equal(SyncResult.Succeeded, run.Report.Result);
        // The generated client's calls (get, list) and HookSync's own (apply, watch, the hooks' logs) alike.
        var verbs = run.Requests.Select(r => r.Verb ?? "other").ToHashSet();
        Assert.True(verbs.IsSupersetOf(["apply", "get", "list", "watch", "log"]), string.Join(", ", verbs.Order(StringComparer.Ordinal)));
        Assert.All(run.Requests, r => Assert.True(r.Protocol == "HTTP/2", $"{r.Method} {r.Path} ({r.Verb}) used {r.Protocol}"));
    }

    private static IEnumerable<ManifestBuilder> HookJobs() => [HookJob("migrate", "PreSync"), HookJob("smoke", "PostSync")];
}
