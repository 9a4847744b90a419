using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

/// <summary>An open watch (or followed log) read line by line, each read bounded so a broken server fails the test instead of hanging it.</summary>
internal sealed class WatchStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private WatchStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<WatchStream> OpenAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new WatchStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public async Task<string?> ReadLineAsync() => await _reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));

    public async Task<(string Type, JsonObject Object)> ReadEventAsync()
    {
        var line = await ReadLineAsync() ?? throw new InvalidOperationException("the watch ended");
        var node = JsonNode.Parse(line)!.AsObject();
        return (node.Str("type")!, node["object"]!.AsObject());
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}
