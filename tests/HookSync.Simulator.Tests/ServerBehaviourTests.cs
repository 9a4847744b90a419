using System.Net;

namespace HookSync.Simulator.Tests;

public sealed class ServerBehaviourTests
{
    [Fact]
    public async Task Request_WithoutBearerToken_Returns401Status()
    {
        await using var h = await SimulatorHarness.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = h.Simulator.BaseUri };

        using var response = await anonymous.GetAsync("/api/v1/namespaces");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""", text);
    }

    [Fact]
    public async Task Request_NoTokenConfigured_AcceptsAnonymous()
    {
        await using var h = await SimulatorHarness.StartAsync(o => o with { Token = null });

        var reply = await h.GetAsync("/api/v1/namespaces");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.DoesNotContain("token:", h.Simulator.KubeconfigYaml);
    }

    [Fact]
    public async Task Latency_DelaysEachRequestOnTheSimulatorClock()
    {
        await using var h = await SimulatorHarness.StartAsync(o => o with { Latency = TimeSpan.FromSeconds(5) });

        var pending = h.GetAsync("/api/v1/namespaces");
        var finishedWithoutTime = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromSeconds(1))) == pending;
        var advanced = TimeSpan.Zero;
        while (!pending.IsCompleted && advanced < TimeSpan.FromMinutes(1))
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(200)));
        }

        Assert.False(finishedWithoutTime);
        Assert.True(advanced >= TimeSpan.FromSeconds(5), $"answered after only {advanced} of simulated time");
        Assert.Equal(HttpStatusCode.OK, (await pending).Status);
    }

    [Fact]
    public async Task RequestLog_RecordsMethodPathQueryVerbAndStatus()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.GetAsync("/api/v1");
        await h.ApplyAsync("/api/v1/namespaces/default/configmaps/cm", Manifests.ConfigMap("cm"), force: true);
        await h.GetAsync("/api/v1/namespaces/default/configmaps/cm");
        await h.GetAsync("/api/v1/namespaces/default/configmaps");
        await h.DeleteAsync("/api/v1/namespaces/default/configmaps/cm");

        var log = h.Simulator.Requests;

        Assert.Equal("discovery,apply,get,list,delete", string.Join(",", log.Select(r => r.Verb)));
        var apply = log[1];
        Assert.Equal(("PATCH", "/api/v1/namespaces/default/configmaps/cm", "fieldManager=hooksync&force=true", 201), (apply.Method, apply.Path, apply.Query, apply.StatusCode));
        Assert.StartsWith("application/apply-patch+yaml", apply.ContentType);
    }

    [Fact]
    public async Task Kubeconfig_NamesClusterUserContextAndNamespace()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var yaml = h.Simulator.KubeconfigYaml;

        Assert.Contains("server: " + h.Simulator.BaseUri.GetLeftPart(UriPartial.Authority), yaml);
        Assert.Contains("current-context: simulator", yaml);
        Assert.Contains("namespace: default", yaml);
        Assert.Contains("token: simulator-token", yaml);
    }
}
