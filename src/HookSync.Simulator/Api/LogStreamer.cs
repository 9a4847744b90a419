using System.Text.Json.Nodes;
using HookSync.Simulator.Store;
using Microsoft.AspNetCore.Http;

namespace HookSync.Simulator.Api;

/// <summary>Serves <c>pods/{name}/log</c> as text/plain; with <c>follow=true</c> streams until the pod terminates.</summary>
internal sealed class LogStreamer(SimulatorContext context)
{
    private static readonly string[] ContainerLists = ["containers", "initContainers"];

    public async Task StreamAsync(HttpContext http, ApiPath path)
    {
        var key = ObjectShape.KeyOf(path.Type, path.Namespace, path.Name!);
        var pod = context.Store.Transact(tx => tx.Get(key)) ?? throw ApiException.NotFound(path.Type, path.Name!);
        var container = http.Request.Query["container"].ToString();
        var containers = ContainerNames(pod.Object);
        if (container.Length > 0 && !containers.Contains(container))
        {
            throw ApiException.BadRequest($"container {container} is not valid for pod {path.Name}");
        }
        var follow = http.Request.Query["follow"].ToString() is "true" or "1";
        var log = context.Logs.For(path.Name!);
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/plain";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, context.ShuttingDown);
        var position = 0;
        try
        {
            while (true)
            {
                var (lines, completed, changed) = log.Read(position);
                foreach (var line in lines)
                {
                    await http.Response.WriteAsync(line + "\n", stop.Token).ConfigureAwait(false);
                }
                position += lines.Count;
                await http.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
                if (!follow || completed || IsFinished(key, pod.Uid))
                {
                    if (!follow || log.Read(position).Lines.Count == 0)
                    {
                        return;
                    }
                    continue;
                }
                await changed.WaitAsync(stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The client stopped following, or the simulator is shutting down.
        }
    }

    private bool IsFinished(ObjectKey key, string uid)
    {
        var current = context.Store.Transact(tx => tx.Get(key));
        return current is null || current.Uid != uid || current.Object.Str("status", "phase") is "Succeeded" or "Failed";
    }

    private static HashSet<string> ContainerNames(JsonObject pod) =>
        [.. ContainerLists
            .SelectMany(list => (pod.At("spec", list) as JsonArray)?.Select(c => c.Str("name")) ?? [])
            .OfType<string>()];
}
