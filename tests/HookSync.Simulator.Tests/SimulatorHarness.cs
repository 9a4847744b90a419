using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Simulator.Tests;

/// <summary>One simulator on a fake clock plus an HttpClient speaking to it, for one test.</summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private SimulatorHarness(ClusterSimulator simulator, FakeTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
        Http = new HttpClient { BaseAddress = simulator.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        if (simulator.KubeconfigYaml.Contains("token:"))
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "simulator-token");
        }
    }

    public ClusterSimulator Simulator { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public static TimeSpan Work => TimeSpan.FromSeconds(3);

    public static async Task<SimulatorHarness> StartAsync(Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new SimulatorOptions { Time = time, WorkDuration = Work };
        options = configure?.Invoke(options) ?? options;
        return new SimulatorHarness(await ClusterSimulator.StartAsync(options), time);
    }

    public Task<Reply> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, null);

    public Task<Reply> PostAsync(string path, JsonObject body) => SendAsync(HttpMethod.Post, path, body.ToJsonString(), "application/json");

    public Task<Reply> PutAsync(string path, JsonObject body) => SendAsync(HttpMethod.Put, path, body.ToJsonString(), "application/json");

    public Task<Reply> MergePatchAsync(string path, JsonObject body) => SendAsync(HttpMethod.Patch, path, body.ToJsonString(), "application/merge-patch+json");

    public Task<Reply> ApplyAsync(string path, JsonObject body, string? manager = "hooksync", bool force = false, bool dryRun = false)
    {
        var query = new List<string>();
        if (manager is not null)
        {
            query.Add("fieldManager=" + manager);
        }
        if (force)
        {
            query.Add("force=true");
        }
        if (dryRun)
        {
            query.Add("dryRun=All");
        }
        return SendAsync(HttpMethod.Patch, path + (query.Count > 0 ? "?" + string.Join("&", query) : ""), body.ToJsonString(), "application/apply-patch+yaml");
    }

    public Task<Reply> DeleteAsync(string path, string? propagationPolicy = null) =>
        SendAsync(HttpMethod.Delete, path + (propagationPolicy is null ? "" : "?propagationPolicy=" + propagationPolicy), null, null);

    public async Task<Reply> SendAsync(HttpMethod method, string path, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.StartsWith('{') ? JsonNode.Parse(text) as JsonObject : null;
        return new Reply(response.StatusCode, json, text);
    }

    /// <summary>Advances the fake clock in small steps so timers scheduled by earlier steps run in order.</summary>
    public void Advance(TimeSpan total)
    {
        var step = TimeSpan.FromMilliseconds(100);
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
        {
            Time.Advance(step);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}

/// <summary>An HTTP answer: status, the body as JSON when it is JSON, and the raw text.</summary>
internal sealed record Reply(HttpStatusCode Status, JsonObject? Body, string Text)
{
    public string? Str(params string[] path) => Body.Str(path);
}
