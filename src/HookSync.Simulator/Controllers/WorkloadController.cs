using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>ReplicaSets, StatefulSets and DaemonSets: each generation is observed, then its replicas become ready.</summary>
internal sealed class WorkloadController(ControllerKit kit)
{
    public void OnChange(WatchEvent change)
    {
        var obj = change.Object;
        var kind = change.Key.Group == "apps" ? change.Key.Resource : null;
        if (change.Type == WatchEvent.Deleted || kind is not ("replicasets" or "statefulsets" or "daemonsets") || !kit.FirstTimeFor(obj, "workload"))
        {
            return;
        }
        var uid = obj.Str("metadata", "uid")!;
        var generation = obj.Long("metadata", "generation") ?? 1;
        var behaviour = kit.BehaviourOf(obj);
        var duration = behaviour.Duration(kit.WorkDuration);
        kit.After(duration / 3, () =>
        {
            kit.Update(change.Key, uid, (live, _) => live["status"] = Status(kind, live, generation, ready: false));
            if (behaviour.Outcome is Outcome.Succeed)
            {
                kit.After(duration - (duration / 3), () => kit.Update(change.Key, uid, (live, _) =>
                {
                    if ((live.Long("metadata", "generation") ?? 1) == generation)
                    {
                        live["status"] = Status(kind, live, generation, ready: true);
                    }
                }));
            }
        });
    }

    private static JsonObject Status(string kind, JsonObject obj, long generation, bool ready)
    {
        var replicas = DeploymentController.Replicas(obj);
        var readyCount = ready ? replicas : 0;
        return kind switch
        {
            "daemonsets" => new JsonObject
            {
                ["currentNumberScheduled"] = 1, ["desiredNumberScheduled"] = 1, ["numberMisscheduled"] = 0,
                ["numberReady"] = ready ? 1 : 0, ["numberAvailable"] = ready ? 1 : 0, ["updatedNumberScheduled"] = ready ? 1 : 0,
                ["observedGeneration"] = generation,
            },
            "statefulsets" => StatefulSet(obj, generation, replicas, readyCount, ready),
            _ => new JsonObject
            {
                ["replicas"] = replicas, ["fullyLabeledReplicas"] = replicas, ["readyReplicas"] = readyCount,
                ["availableReplicas"] = readyCount, ["observedGeneration"] = generation,
            },
        };
    }

    private static JsonObject StatefulSet(JsonObject obj, long generation, long replicas, long readyCount, bool ready)
    {
        var name = obj.Str("metadata", "name") ?? "";
        var revision = name + "-" + (obj.At("spec", "template")?.ToJsonString() ?? "").StableHash().ToString("x8", CultureInfo.InvariantCulture)[..8];
        var previous = obj.Str("status", "currentRevision") ?? revision;
        return new JsonObject
        {
            ["observedGeneration"] = generation,
            ["replicas"] = replicas,
            ["readyReplicas"] = readyCount,
            ["currentReplicas"] = readyCount,
            ["updatedReplicas"] = readyCount,
            ["availableReplicas"] = readyCount,
            ["currentRevision"] = ready ? revision : previous,
            ["updateRevision"] = revision,
            ["collisionCount"] = 0,
        };
    }
}
