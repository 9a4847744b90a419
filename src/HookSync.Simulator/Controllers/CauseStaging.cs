using System.Text.Json.Nodes;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>
/// Puts a pod into the state a runtime cause leaves it in on a real cluster — kubelet and scheduler statuses, the Events
/// they record (with their message texts) and the container's log — for <c>--simulate-fail KIND/NAME=CAUSE</c>.
/// </summary>
internal sealed class CauseStaging(ControllerKit kit)
{
    public const string SchedulingFailure = "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.";
    public const string UnboundClaims = "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";

    /// <summary>True for the causes that show on pods (the rest are refused writes, or quota, which creates no pod).</summary>
    public static bool ShowsOnPods(SimulatedCause cause) => cause is SimulatedCause.ImagePullBackOff or SimulatedCause.CrashLoopBackOff
        or SimulatedCause.OOMKilled or SimulatedCause.Unschedulable or SimulatedCause.CreateContainerConfigError or SimulatedCause.PvcPending;

    /// <summary>Stages the cause on the pod; true when the pod ended (a run-to-completion pod OOMKilled).</summary>
    public bool Stage(ObjectKey podKey, string uid, SimulatedCause cause, bool runsToCompletion)
    {
        var ended = cause == SimulatedCause.OOMKilled && runsToCompletion;
        var pod = kit.Update(podKey, uid, (pod, tx) => pod["status"] = Status(pod, cause, tx.Now, runsToCompletion));
        if (pod is null)
        {
            return false;
        }
        var name = podKey.Name;
        var container = (pod.At("spec", "containers") as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        var (c, image) = (container?.Str("name") ?? "app", container?.Str("image") ?? "app");
        var ns = podKey.Namespace;
        var podRef = $"{name}_{ns}({uid})";
        var scheduled = ("Normal", "Scheduled", $"Successfully assigned {ns}/{name} to node-1", "default-scheduler");
        var events = cause switch
        {
            SimulatedCause.ImagePullBackOff => new[]
            {
                scheduled,
                ("Normal", "Pulling", $"Pulling image \"{image}\"", "kubelet"),
                ("Warning", "Failed", $"Failed to pull image \"{image}\": rpc error: code = NotFound desc = failed to pull and unpack image \"{image}\": failed to resolve reference \"{image}\": not found", "kubelet"),
                ("Warning", "Failed", "Error: ErrImagePull", "kubelet"),
                ("Normal", "BackOff", $"Back-off pulling image \"{image}\"", "kubelet"),
                ("Warning", "Failed", "Error: ImagePullBackOff", "kubelet"),
            },
            SimulatedCause.CrashLoopBackOff or SimulatedCause.OOMKilled => new[]
            {
                scheduled,
                ("Normal", "Pulled", $"Container image \"{image}\" already present on machine", "kubelet"),
                ("Normal", "Created", $"Created container {c}", "kubelet"),
                ("Normal", "Started", $"Started container {c}", "kubelet"),
                ("Warning", "BackOff", $"Back-off restarting failed container {c} in pod {podRef}", "kubelet"),
            },
            SimulatedCause.CreateContainerConfigError => new[]
            {
                scheduled,
                ("Normal", "Pulled", $"Container image \"{image}\" already present on machine", "kubelet"),
                ("Warning", "Failed", $"Error: secret \"{MissingSecret(pod)}\" not found", "kubelet"),
            },
            SimulatedCause.Unschedulable => [("Warning", "FailedScheduling", SchedulingFailure, "default-scheduler")],
            _ => [("Warning", "FailedScheduling", UnboundClaims, "default-scheduler")],
        };
        kit.Context.Store.Transact(tx =>
        {
            foreach (var (type, reason, message, component) in events)
            {
                EventRecorder.Record(kit, tx, pod, type, reason, message, component);
            }
            return 0;
        });
        if (cause == SimulatedCause.CrashLoopBackOff)
        {
            kit.Context.Logs.Append(name, [$"starting {name}", "Error: required environment variable DATABASE_URL is not set", "exit status 1"]);
        }
        else if (cause == SimulatedCause.OOMKilled)
        {
            kit.Context.Logs.Append(name, [$"starting {name}", "loading data set into memory"]);
        }
        return ended;
    }

    private static JsonObject Status(JsonObject pod, SimulatedCause cause, string now, bool runsToCompletion)
    {
        var uid = pod.Str("metadata", "uid");
        var podRef = $"{pod.Str("metadata", "name")}_{pod.Str("metadata", "namespace")}({uid})";
        if (cause is SimulatedCause.Unschedulable or SimulatedCause.PvcPending)
        {
            return new JsonObject
            {
                ["phase"] = "Pending",
                ["conditions"] = new JsonArray(new JsonObject
                {
                    ["type"] = "PodScheduled", ["status"] = "False", ["lastProbeTime"] = null, ["lastTransitionTime"] = now,
                    ["reason"] = "Unschedulable", ["message"] = cause == SimulatedCause.Unschedulable ? SchedulingFailure : UnboundClaims,
                }),
                ["qosClass"] = "Burstable",
            };
        }
        var ended = cause == SimulatedCause.OOMKilled && runsToCompletion;
        var running = cause is SimulatedCause.CrashLoopBackOff or SimulatedCause.OOMKilled;
        var status = new JsonObject
        {
            ["phase"] = ended ? "Failed" : running ? "Running" : "Pending",
            ["conditions"] = new JsonArray(
                Condition("PodScheduled", "True", now), Condition("Initialized", "True", now),
                Condition("ContainersReady", "False", now), Condition("Ready", "False", now)),
            ["hostIP"] = "10.0.0.1",
            ["startTime"] = now,
            ["qosClass"] = "Burstable",
        };
        status["containerStatuses"] = new JsonArray([.. ((pod.At("spec", "containers") as JsonArray) ?? []).OfType<JsonObject>().Select(c =>
        {
            var container = c.Str("name");
            var terminated = new JsonObject
            {
                ["exitCode"] = cause == SimulatedCause.OOMKilled ? 137 : 1,
                ["reason"] = cause == SimulatedCause.OOMKilled ? "OOMKilled" : "Error",
                ["startedAt"] = now, ["finishedAt"] = now,
            };
            var state = cause switch
            {
                SimulatedCause.ImagePullBackOff => new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "ImagePullBackOff", ["message"] = $"Back-off pulling image \"{c.Str("image")}\"" } },
                SimulatedCause.CreateContainerConfigError => new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "CreateContainerConfigError", ["message"] = $"secret \"{MissingSecret(pod)}\" not found" } },
                _ when ended => new JsonObject { ["terminated"] = terminated.DeepClone() },
                _ => new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "CrashLoopBackOff", ["message"] = $"back-off 2m40s restarting failed container={container} pod={podRef}" } },
            };
            var status = new JsonObject
            {
                ["name"] = container, ["image"] = c.Str("image"), ["ready"] = false, ["started"] = false,
                ["restartCount"] = running && !ended ? 5 : 0, ["state"] = state,
            };
            if (running && !ended)
            {
                status["lastState"] = new JsonObject { ["terminated"] = terminated };
            }
            return (JsonNode)status;
        })]);
        return status;
    }

    /// <summary>The first Secret the pod's containers reference (env or envFrom), else a typical name.</summary>
    private static string MissingSecret(JsonObject pod)
    {
        foreach (var c in ((pod.At("spec", "containers") as JsonArray) ?? []).OfType<JsonObject>())
        {
            foreach (var from in ((c["envFrom"] as JsonArray) ?? []).OfType<JsonObject>())
            {
                if (from.Str("secretRef", "name") is { } n)
                {
                    return n;
                }
            }
            foreach (var env in ((c["env"] as JsonArray) ?? []).OfType<JsonObject>())
            {
                if (env.Str("valueFrom", "secretKeyRef", "name") is { } n)
                {
                    return n;
                }
            }
        }
        return "app-credentials";
    }

    private static JsonObject Condition(string type, string status, string now) =>
        new() { ["type"] = type, ["status"] = status, ["lastProbeTime"] = null, ["lastTransitionTime"] = now };
}
