using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Simulator.Store;
using Microsoft.AspNetCore.Http;

namespace HookSync.Simulator.Api;

/// <summary>Serves <c>?watch=true</c>: newline-delimited JSON events, replayed from a resourceVersion or from the current state.</summary>
internal sealed class WatchStreamer(SimulatorContext context)
{
    public async Task StreamAsync(HttpContext http, ApiPath path)
    {
        var query = http.Request.Query;
        var labels = LabelSelector.Parse(query["labelSelector"]);
        var fields = FieldSelector.Parse(query["fieldSelector"]);
        var type = path.Type;
        var ns = type.Namespaced ? path.Namespace : null;
        bool Matches(ObjectKey key, JsonObject obj) =>
            key.SameKind(type.Group, type.Name) && (ns is null || key.Namespace == ns) && labels.Matches(obj) && fields.Matches(obj);
        long? from = long.TryParse(query["resourceVersion"], NumberStyles.None, CultureInfo.InvariantCulture, out var rv) && rv > 0 ? rv : null;
        var subscription = context.Store.Subscribe(e => Matches(e.Key, e.Object), from, o => Matches(o.Key, o.Object));
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        await http.Response.StartAsync(http.RequestAborted).ConfigureAwait(false);
        if (subscription is null)
        {
            // As the real server does: the 410 arrives inside the stream as an ERROR event.
            var gone = StatusBodies.Failure(410, "Expired", $"too old resource version: {from} ({context.Store.CurrentRevision})", null);
            await WriteEventAsync(http, "ERROR", gone, http.RequestAborted).ConfigureAwait(false);
            return;
        }
        var (watcher, backlog) = subscription.Value;
        using var timeout = TimeoutSource(query["timeoutSeconds"]);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, context.ShuttingDown, timeout.Token);
        try
        {
            foreach (var change in backlog)
            {
                await WriteEventAsync(http, change.Type, ObjectShape.Output(type, change.Object), stop.Token).ConfigureAwait(false);
            }
            await http.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
            while (await watcher.Events.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (watcher.Events.TryRead(out var change))
                {
                    await WriteEventAsync(http, change.Type, ObjectShape.Output(type, change.Object), stop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Client gone, timeoutSeconds reached or simulator disposed: the watch simply ends.
        }
        finally
        {
            context.Store.Unsubscribe(watcher);
        }
    }

    private CancellationTokenSource TimeoutSource(string? timeoutSeconds) =>
        int.TryParse(timeoutSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds), context.Options.Time)
            : new CancellationTokenSource();

    private static async Task WriteEventAsync(HttpContext http, string type, JsonObject obj, CancellationToken cancellationToken)
    {
        var line = new JsonObject { ["type"] = type, ["object"] = obj }.ToJsonString() + "\n";
        await http.Response.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
