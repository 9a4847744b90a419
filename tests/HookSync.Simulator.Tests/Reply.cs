using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

/// <summary>An HTTP answer: status, the body as JSON when it is JSON, and the raw text.</summary>
internal sealed record Reply(HttpStatusCode Status, JsonObject? Body, string Text)
{
    public string? Str(params string[] path) => Body.Str(path);
}
