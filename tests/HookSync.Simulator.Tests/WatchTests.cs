using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class WatchTests
{
    [Fact]
    public async Task Watch_WithoutResourceVersion_SendsCurrentObjectsThenLiveEvents()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("existing"));
        await using var watch = await WatchStream.OpenAsync(h.Http, "/api/v1/namespaces/default/configmaps?watch=true");

        var initial = await watch.ReadEventAsync();
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("fresh"));
        await h.MergePatchAsync("/api/v1/namespaces/default/configmaps/fresh", JsonNode.Parse("""{"data":{"key":"2"}}""")!.AsObject());
        await h.DeleteAsync("/api/v1/namespaces/default/configmaps/fresh");

        Assert.Equal(("ADDED", "existing"), (initial.Type, initial.Object.Str("metadata", "name")));
        Assert.Equal("ADDED", (await watch.ReadEventAsync()).Type);
        var modified = await watch.ReadEventAsync();
        Assert.Equal(("MODIFIED", "2"), (modified.Type, modified.Object.Str("data", "key")));
        Assert.Equal("DELETED", (await watch.ReadEventAsync()).Type);
    }

    [Fact]
    public async Task Watch_FromResourceVersion_ReplaysOnlyLaterEvents()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var first = await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("a"));
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("b"));
        await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("c"));

        await using var watch = await WatchStream.OpenAsync(h.Http,
            "/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=" + first.Str("metadata", "resourceVersion"));

        Assert.Equal("b", (await watch.ReadEventAsync()).Object.Str("metadata", "name"));
        Assert.Equal("c", (await watch.ReadEventAsync()).Object.Str("metadata", "name"));
    }

    [Fact]
    public async Task Watch_FieldSelectorOnName_SeesOnlyThatObject()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var watch = await WatchStream.OpenAsync(h.Http,
            "/apis/batch/v1/namespaces/default/jobs?watch=true&fieldSelector=metadata.name%3Dtarget");

        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/other", Manifests.Job("other"));
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/target", Manifests.Job("target"));

        var added = await watch.ReadEventAsync();
        Assert.Equal(("ADDED", "target"), (added.Type, added.Object.Str("metadata", "name")));
        var started = await watch.ReadEventAsync();
        Assert.Equal(("MODIFIED", "target"), (started.Type, started.Object.Str("metadata", "name")));
    }

    [Fact]
    public async Task Watch_TooOldResourceVersion_SendsErrorEvent410()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var created = await h.PostAsync("/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("busy"));
        for (var i = 0; i < 1100; i++)
        {
            h.Simulator.Script.SetStatus("ConfigMap", "default", "busy", new JsonObject { ["round"] = i });
        }

        await using var watch = await WatchStream.OpenAsync(h.Http,
            "/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=" + created.Str("metadata", "resourceVersion"));

        var error = await watch.ReadEventAsync();
        Assert.Equal("ERROR", error.Type);
        Assert.Equal(410, error.Object["code"]!.GetValue<int>());
        Assert.StartsWith("too old resource version", error.Object.Str("message"));
        Assert.Null(await watch.ReadLineAsync());
    }

    [Fact]
    public async Task Watch_TimeoutSeconds_EndsTheStreamOnTheSimulatorClock()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var watch = await WatchStream.OpenAsync(h.Http, "/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=5");

        h.Time.Advance(TimeSpan.FromSeconds(6));

        Assert.Null(await watch.ReadLineAsync());
    }

    [Fact]
    public async Task Watch_SimulatorDisposed_EndsCleanly()
    {
        var h = await SimulatorHarness.StartAsync();
        var watch = await WatchStream.OpenAsync(h.Http, "/api/v1/namespaces/default/configmaps?watch=true");

        await h.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            if (await watch.ReadLineAsync() is null)
            {
                throw new EndOfStreamException();
            }
        });
        await watch.DisposeAsync();
    }
}
