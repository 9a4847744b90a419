using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>A Deployment rolls out through a ReplicaSet per template and becomes available, or reports ProgressDeadlineExceeded.</summary>
internal sealed class DeploymentController(ControllerKit kit)
{
    public void OnChange(WatchEvent change)
    {
        var deployment = change.Object;
        if (change.Type == WatchEvent.Deleted || !change.Key.SameKind("apps", "deployments") || !kit.FirstTimeFor(deployment, "deploy"))
        {
            return;
        }
        var uid = deployment.Str("metadata", "uid")!;
        var generation = deployment.Long("metadata", "generation") ?? 1;
        var behaviour = kit.BehaviourOf(deployment);
        var duration = behaviour.Duration(kit.WorkDuration);
        kit.After(duration / 3, () =>
        {
            var replicaSet = RollOut(change.Key, uid);
            if (replicaSet is null)
            {
                return;
            }
            kit.Update(change.Key, uid, (obj, tx) => obj["status"] = Progressing(obj, generation, replicaSet, tx.Now));
            if (behaviour.Cause is { } cause)
            {
                StageCause(change.Key, replicaSet, cause);
            }
            if (behaviour.Outcome is Outcome.StayProgressing or Outcome.ImagePullBackOff)
            {
                return;
            }
            kit.After(duration - (duration / 3), () => kit.Update(change.Key, uid, (obj, tx) =>
            {
                if ((obj.Long("metadata", "generation") ?? 1) == generation)
                {
                    obj["status"] = behaviour.Outcome == Outcome.Fail ? Failed(obj, generation, replicaSet, tx.Now) : Available(obj, generation, replicaSet, tx.Now);
                }
            }));
        });
    }

    /// <summary>Creates the ReplicaSet of the current template (scaling older ones to zero); returns its name.</summary>
    private string? RollOut(ObjectKey key, string uid) => kit.Context.Store.Transact(tx =>
    {
        var live = tx.Get(key);
        if (live is null || live.Uid != uid || live.IsDeleting)
        {
            return null;
        }
        var deployment = live.Object;
        var template = deployment.At("spec", "template")?.ToJsonString() ?? "";
        var hash = template.StableHash().ToString("x8", CultureInfo.InvariantCulture)[..8];
        var name = key.Name + "-" + hash;
        var rsType = kit.TypeOf("apps", "replicasets");
        foreach (var old in tx.List("apps", "replicasets", key.Namespace).Where(r => GarbageCollector.OwnerUids(r.Object).Contains(uid) && r.Key.Name != name))
        {
            var scaled = old.Object.CloneObject();
            scaled.Obj("spec")["replicas"] = 0;
            tx.Put(old.Key, scaled, old.Owners);
        }
        var templateCopy = (deployment.At("spec", "template") as JsonObject)?.CloneObject() ?? [];
        templateCopy.Metadata().Obj("labels")["pod-template-hash"] = hash;
        var selector = (deployment.At("spec", "selector") as JsonObject)?.CloneObject() ?? [];
        selector.Obj("matchLabels")["pod-template-hash"] = hash;
        var labels = (deployment.At("spec", "template", "metadata", "labels") as JsonObject)?.CloneObject() ?? [];
        labels["pod-template-hash"] = hash;
        kit.Create(rsType, new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "ReplicaSet",
            ["metadata"] = new JsonObject
            {
                ["name"] = name, ["namespace"] = key.Namespace, ["labels"] = labels,
                ["ownerReferences"] = new JsonArray(ControllerKit.OwnerReference(deployment)),
            },
            ["spec"] = new JsonObject { ["replicas"] = Replicas(deployment), ["selector"] = selector, ["template"] = templateCopy },
        }, tx);
        return name;
    });

    /// <summary>
    /// A staged cause shows on the ReplicaSet's pods (created only then: a healthy rollout needs none), or, for quota, as the
    /// ReplicaSet's FailedCreate Event and the Deployment's ReplicaFailure condition. The rollout then misses its deadline.
    /// </summary>
    private void StageCause(ObjectKey deploymentKey, string replicaSetName, SimulatedCause cause)
    {
        var rsKey = new ObjectKey("apps", "replicasets", deploymentKey.Namespace, replicaSetName);
        var created = kit.Context.Store.Transact(tx =>
        {
            var rs = tx.Get(rsKey)?.Object;
            if (rs is null)
            {
                return new List<JsonObject>();
            }
            if (cause == SimulatedCause.QuotaExceeded)
            {
                var pod = PodFor(rs, tx);
                EventRecorder.Record(kit, tx, rs, "Warning", "FailedCreate", JobController.QuotaMessage(pod), "replicaset-controller");
                return [];
            }
            if (!CauseStaging.ShowsOnPods(cause))
            {
                return [];
            }
            var pods = new List<JsonObject>();
            for (var i = 0; i < Replicas(rs); i++)
            {
                var pod = PodFor(rs, tx);
                if (kit.Create(kit.TypeOf("", "pods"), pod, tx) is { } stored)
                {
                    EventRecorder.Record(kit, tx, rs, "Normal", "SuccessfulCreate", $"Created pod: {stored.Str("metadata", "name")}", "replicaset-controller");
                    pods.Add(stored);
                }
            }
            return pods;
        });
        foreach (var pod in created)
        {
            var key = new ObjectKey("", "pods", deploymentKey.Namespace, pod.Str("metadata", "name")!);
            new CauseStaging(kit).Stage(key, pod.Str("metadata", "uid")!, cause, runsToCompletion: false);
        }
    }

    private static JsonObject PodFor(JsonObject rs, StoreTransaction tx)
    {
        var template = rs.At("spec", "template") as JsonObject ?? [];
        var name = rs.Str("metadata", "name")!;
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject
            {
                ["name"] = name + "-" + tx.Identity.Suffix(),
                ["generateName"] = name + "-",
                ["namespace"] = rs.Str("metadata", "namespace"),
                ["labels"] = (template.At("metadata", "labels") as JsonObject)?.CloneObject() ?? [],
                ["ownerReferences"] = new JsonArray(ControllerKit.OwnerReference(rs)),
            },
            ["spec"] = (template["spec"] as JsonObject)?.CloneObject() ?? [],
        };
    }

    internal static long Replicas(JsonObject obj) => obj.Long("spec", "replicas") ?? 1;

    private static JsonObject Progressing(JsonObject obj, long generation, string replicaSet, string now) =>
        Unavailable(obj, generation, now, ControllerKit.Condition("Progressing", "True", "ReplicaSetUpdated", $"ReplicaSet \"{replicaSet}\" is progressing.", now));

    private static JsonObject Available(JsonObject obj, long generation, string replicaSet, string now) => new()
    {
        ["observedGeneration"] = generation,
        ["replicas"] = Replicas(obj),
        ["updatedReplicas"] = Replicas(obj),
        ["readyReplicas"] = Replicas(obj),
        ["availableReplicas"] = Replicas(obj),
        ["conditions"] = new JsonArray(
            ControllerKit.Condition("Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.", now),
            ControllerKit.Condition("Progressing", "True", "NewReplicaSetAvailable", $"ReplicaSet \"{replicaSet}\" has successfully progressed.", now)),
    };

    private static JsonObject Failed(JsonObject obj, long generation, string replicaSet, string now) =>
        Unavailable(obj, generation, now,
            ControllerKit.Condition("Progressing", "False", "ProgressDeadlineExceeded", $"ReplicaSet \"{replicaSet}\" has timed out progressing.", now));

    // A rollout that is not (yet) available: same counts, only the Progressing condition says why.
    private static JsonObject Unavailable(JsonObject obj, long generation, string now, JsonObject progressing) => new()
    {
        ["observedGeneration"] = generation,
        ["replicas"] = Replicas(obj),
        ["updatedReplicas"] = Replicas(obj),
        ["unavailableReplicas"] = Replicas(obj),
        ["conditions"] = new JsonArray(
            ControllerKit.Condition("Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.", now),
            progressing),
    };
}
