using System.Net;
using System.Text;

namespace HookSync.Kubernetes.Tests.Support;

/// <summary>Answers HTTP requests from a script instead of the network and records what was sent.</summary>
internal sealed class ScriptedHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : DelegatingHandler
{
    private readonly List<RecordedCall> _calls = [];

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Status(HttpStatusCode status, string reason, string message) =>
        Json(status, $$"""{"kind":"Status","apiVersion":"v1","status":"Failure","message":"{{message}}","reason":"{{reason}}","code":{{(int)status}}}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        int index;
        lock (_calls)
        {
            index = _calls.Count;
            _calls.Add(new RecordedCall(request.Method.Method, request.RequestUri!.AbsolutePath, Uri.UnescapeDataString(request.RequestUri.Query),
                request.Content?.Headers.ContentType?.MediaType, body, request.Headers.Authorization?.ToString()));
        }
        var response = respond(request, index);
        // The real handler links the request; the generated client reads it back.
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>One request the scripted handler saw; the query is unescaped for readable assertions.</summary>
internal sealed record RecordedCall(string Method, string Path, string Query, string? ContentType, string? Body, string? Authorization);
