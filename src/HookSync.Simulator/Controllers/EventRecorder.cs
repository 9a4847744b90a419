using System.Text.Json.Nodes;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>Records a core v1 Event about an object, as a kubelet, scheduler or controller does (<c>involvedObject</c>, counts, times).</summary>
internal static class EventRecorder
{
    private static long _sequence;

    private static long UnixNanos(ControllerKit kit) => (kit.Context.Options.Time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    public static void Record(ControllerKit kit, StoreTransaction tx, JsonObject about, string type, string reason, string message, string component)
    {
        var name = about.Str("metadata", "name") ?? "";
        var ns = about.Str("metadata", "namespace") ?? "default";
        kit.Create(kit.TypeOf("", "events"), new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Event",
            // As the apiserver's recorder: <object>.<unix nanoseconds in hex>, so names sort in the order the Events happened.
            ["metadata"] = new JsonObject { ["name"] = $"{name}.{UnixNanos(kit) + Interlocked.Increment(ref _sequence):x}", ["namespace"] = ns },
            ["involvedObject"] = new JsonObject
            {
                ["apiVersion"] = about.Str("apiVersion"), ["kind"] = about.Str("kind"), ["namespace"] = ns, ["name"] = name,
                ["uid"] = about.Str("metadata", "uid"), ["resourceVersion"] = about.Str("metadata", "resourceVersion"),
            },
            ["reason"] = reason,
            ["message"] = message,
            ["type"] = type,
            ["source"] = component == "kubelet" ? new JsonObject { ["component"] = component, ["host"] = "node-1" } : new JsonObject { ["component"] = component },
            ["firstTimestamp"] = tx.Now,
            ["lastTimestamp"] = tx.Now,
            ["count"] = 1,
            ["reportingComponent"] = component,
            ["reportingInstance"] = component == "kubelet" ? "node-1" : "",
        }, tx);
    }
}
