using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using Microsoft.AspNetCore.Http;

namespace HookSync.Simulator.Faults;

/// <summary>Answers a faulted request in place of the API (error statuses, broken watches) or delays it (slow responses).</summary>
internal static class FaultResponder
{
    /// <summary>True when the fault has answered the request; false when the request is to be processed after all.</summary>
    public static async Task<bool> AnswerInsteadAsync(HttpContext http, FaultRule fault, SimulatorContext context)
    {
        switch (fault.Kind)
        {
            case FaultKind.TooManyRequests:
                await WriteStatusAsync(http, 429, "TooManyRequests", "the server has received too many requests and has asked us to try again later", fault.RetryAfter)
                    .ConfigureAwait(false);
                return true;
            case FaultKind.ServiceUnavailable:
                await WriteStatusAsync(http, 503, "ServiceUnavailable", "the server is currently unable to handle the request", fault.RetryAfter)
                    .ConfigureAwait(false);
                return true;
            case FaultKind.InternalError:
                await WriteStatusAsync(http, 500, "InternalError", "an error on the server (\"injected fault\") has prevented the request from succeeding", null)
                    .ConfigureAwait(false);
                return true;
            case FaultKind.Conflict:
                await WriteStatusAsync(http, 409, "Conflict", "the object has been modified; please apply your changes to the latest version and try again", null)
                    .ConfigureAwait(false);
                return true;
            case FaultKind.SlowResponse:
                using (var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, context.ShuttingDown))
                {
                    await Task.Delay(fault.Delay, context.Options.Time, stop.Token).ConfigureAwait(false);
                }
                return false;
            case FaultKind.WatchCut:
                // The stream opens as a healthy watch would, then closes before any event (as when an apiserver restarts).
                http.Response.StatusCode = 200;
                http.Response.ContentType = "application/json";
                await http.Response.StartAsync(http.RequestAborted).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
                return true;
            case FaultKind.WatchExpired:
                // As the real server does: the 410 arrives inside the stream as an ERROR event.
                http.Response.StatusCode = 200;
                http.Response.ContentType = "application/json";
                var gone = StatusBodies.Failure(410, "Expired", "too old resource version", null);
                var line = new JsonObject { ["type"] = "ERROR", ["object"] = gone }.ToJsonString() + "\n";
                await http.Response.WriteAsync(line, http.RequestAborted).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private static async Task WriteStatusAsync(HttpContext http, int code, string reason, string message, TimeSpan? retryAfter)
    {
        http.Response.StatusCode = code;
        http.Response.ContentType = "application/json";
        if (retryAfter is { } after)
        {
            http.Response.Headers.RetryAfter = ((long)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        await http.Response.WriteAsync(StatusBodies.Failure(code, reason, message, null).ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }
}
