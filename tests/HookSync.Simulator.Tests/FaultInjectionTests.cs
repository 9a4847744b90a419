using System.Net;
using HookSync.Simulator.Faults;

namespace HookSync.Simulator.Tests;

public sealed class FaultInjectionTests
{
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps";

    [Fact]
    public async Task TooManyRequests_AnswersStatusWithRetryAfterInWholeSeconds_ThenStopsAtMaxCount()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.TooManyRequests) { Verb = "list", RetryAfter = TimeSpan.FromMilliseconds(2500), MaxCount = 1 });

        using var first = await h.Http.GetAsync(ConfigMaps);
        var second = await h.GetAsync(ConfigMaps);

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter?.Delta);
        Assert.Contains("\"reason\":\"TooManyRequests\"", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(["TooManyRequests", null], h.Simulator.Requests.Select(r => r.Fault));
    }

    [Fact]
    public async Task InternalError_OnlyForTheMatchingVerbAndPath()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.InternalError) { Verb = "GET", PathContains = "/configmaps/broken" });

        var broken = await h.GetAsync(ConfigMaps + "/broken");
        var other = await h.GetAsync(ConfigMaps + "/other");
        var list = await h.GetAsync(ConfigMaps);

        Assert.Equal(HttpStatusCode.InternalServerError, broken.Status);
        Assert.Equal("InternalError", broken.Str("reason"));
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(HttpStatusCode.OK, list.Status);
    }

    [Fact]
    public async Task ServiceUnavailable_AfterTwoMatchingRequests()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.ServiceUnavailable) { Verb = "list", After = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await h.GetAsync(ConfigMaps)).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable], statuses);
    }

    [Fact]
    public async Task Conflict_OnApply_StoresNothing()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.Conflict) { Verb = "apply" });

        var reply = await h.ApplyAsync(ConfigMaps + "/cm", Manifests.ConfigMap("cm"));

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("Conflict", reply.Str("reason"));
        Assert.Null(h.Simulator.Script.Get("ConfigMap", "default", "cm"));
    }

    [Fact]
    public async Task ResetBeforeProcessing_AbortsTheConnectionAndStoresNothing()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.ResetBeforeProcessing) { Verb = "create", MaxCount = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h.PostAsync(ConfigMaps, Manifests.ConfigMap("cm")));

        Assert.Null(h.Simulator.Script.Get("ConfigMap", "default", "cm"));
        var logged = Assert.Single(h.Simulator.Requests);
        Assert.Equal((0, "create", "ResetBeforeProcessing"), (logged.StatusCode, logged.Verb, logged.Fault));
        Assert.Equal(HttpStatusCode.Created, (await h.PostAsync(ConfigMaps, Manifests.ConfigMap("cm"))).Status);
    }

    [Fact]
    public async Task LoseResponseAfterProcessing_AppliesTheObjectButTheClientSeesNoAnswer()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.LoseResponseAfterProcessing) { Verb = "apply", MaxCount = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h.ApplyAsync(ConfigMaps + "/cm", Manifests.ConfigMap("cm")));
        var again = await h.ApplyAsync(ConfigMaps + "/cm", Manifests.ConfigMap("cm"));

        Assert.NotNull(h.Simulator.Script.Get("ConfigMap", "default", "cm"));
        var lost = h.Simulator.Requests[0];
        Assert.Equal((201, "apply", "LoseResponseAfterProcessing"), (lost.StatusCode, lost.Verb, lost.Fault));
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task SlowResponse_WaitsOnTheSimulatorClock_ThenAnswersNormally()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.SlowResponse) { Verb = "list", Delay = TimeSpan.FromSeconds(10) });

        var pending = h.GetAsync(ConfigMaps);
        var answeredWithoutTime = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(500))) == pending;
        var advanced = TimeSpan.Zero;
        while (!pending.IsCompleted && advanced < TimeSpan.FromMinutes(1))
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(100)));
        }

        Assert.False(answeredWithoutTime);
        Assert.True(advanced >= TimeSpan.FromSeconds(10), $"answered after only {advanced} of simulated time");
        Assert.Equal(HttpStatusCode.OK, (await pending).Status);
    }

    [Fact]
    public async Task WatchCut_OpensTheStreamThenClosesItWithoutAnEvent()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.WatchCut));

        var list = await h.GetAsync(ConfigMaps);
        await using var watch = await WatchStream.OpenAsync(h.Http, ConfigMaps + "?watch=true");

        Assert.Null(await watch.ReadLineAsync());
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal([null, "WatchCut"], h.Simulator.Requests.Select(r => r.Fault));
    }

    [Fact]
    public async Task WatchExpired_SendsOneErrorEvent410_ThenEnds()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.WatchExpired) { MaxCount = 1 });

        await using var watch = await WatchStream.OpenAsync(h.Http, ConfigMaps + "?watch=true&resourceVersion=1");
        var (type, status) = await watch.ReadEventAsync();

        Assert.Equal("ERROR", type);
        Assert.Equal(410, status["code"]!.GetValue<int>());
        Assert.Equal("Expired", status.Str("reason"));
        Assert.Null(await watch.ReadLineAsync());
    }

    [Fact]
    public async Task Rate_WithTheSameSeed_FaultsTheSameRequests()
    {
        var first = await FaultedPositionsAsync(seed: 42);
        var second = await FaultedPositionsAsync(seed: 42);

        Assert.Equal(first, second);
        Assert.InRange(first.Count, 10, 50);
    }

    private static async Task<List<int>> FaultedPositionsAsync(int seed)
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.Inject(new FaultRule(FaultKind.ServiceUnavailable) { Verb = "list", Rate = 0.3, Seed = seed });
        var faulted = new List<int>();
        for (var i = 0; i < 100; i++)
        {
            if ((await h.GetAsync(ConfigMaps)).Status == HttpStatusCode.ServiceUnavailable)
            {
                faulted.Add(i);
            }
        }
        return faulted;
    }
}
