using System.Text.Json.Nodes;

namespace HookSync.Simulator.Controllers;

/// <summary>Pod status documents as the kubelet reports them: running, terminated, waiting on an image.</summary>
internal static class PodStatuses
{
    public static void Running(JsonObject pod, string now, bool ready)
    {
        var status = Base(pod, now, "Running", ready);
        status["containerStatuses"] = Containers(pod, c => new JsonObject
        {
            ["name"] = c.Str("name"), ["image"] = c.Str("image"), ["ready"] = ready, ["restartCount"] = 0, ["started"] = true,
            ["state"] = new JsonObject { ["running"] = new JsonObject { ["startedAt"] = now } },
        });
    }

    public static void Terminated(JsonObject pod, string now, bool failed)
    {
        var startedAt = pod.Str("status", "startTime") ?? now;
        var status = Base(pod, now, failed ? "Failed" : "Succeeded", ready: false);
        status["containerStatuses"] = Containers(pod, c => new JsonObject
        {
            ["name"] = c.Str("name"), ["image"] = c.Str("image"), ["ready"] = false, ["restartCount"] = 0, ["started"] = false,
            ["state"] = new JsonObject
            {
                ["terminated"] = new JsonObject
                {
                    ["exitCode"] = failed ? 1 : 0, ["reason"] = failed ? "Error" : "Completed", ["startedAt"] = startedAt, ["finishedAt"] = now,
                },
            },
        });
    }

    public static void ImagePullBackOff(JsonObject pod, string now)
    {
        var status = Base(pod, now, "Pending", ready: false);
        status.Remove("podIP");
        status["containerStatuses"] = Containers(pod, c => new JsonObject
        {
            ["name"] = c.Str("name"), ["image"] = c.Str("image"), ["ready"] = false, ["restartCount"] = 0, ["started"] = false,
            ["state"] = new JsonObject
            {
                ["waiting"] = new JsonObject { ["reason"] = "ImagePullBackOff", ["message"] = $"Back-off pulling image \"{c.Str("image")}\"" },
            },
        });
    }

    private static JsonObject Base(JsonObject pod, string now, string phase, bool ready)
    {
        var status = new JsonObject
        {
            ["phase"] = phase,
            ["conditions"] = new JsonArray(
                Condition("PodScheduled", "True", now), Condition("Initialized", "True", now),
                Condition("ContainersReady", ready ? "True" : "False", now), Condition("Ready", ready ? "True" : "False", now)),
            ["hostIP"] = "10.0.0.1",
            ["podIP"] = "10.244.0." + ((pod.Str("metadata", "name") ?? "").StableHash() % 250 + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["startTime"] = pod.Str("status", "startTime") ?? now,
            ["qosClass"] = "BestEffort",
        };
        pod["status"] = status;
        return status;
    }

    private static JsonObject Condition(string type, string status, string now) =>
        new() { ["type"] = type, ["status"] = status, ["lastProbeTime"] = null, ["lastTransitionTime"] = now };

    private static JsonArray Containers(JsonObject pod, Func<JsonObject, JsonObject> describe) =>
        new([.. ((pod.At("spec", "containers") as JsonArray) ?? []).OfType<JsonObject>().Select(c => (JsonNode)describe(c))]);
}
