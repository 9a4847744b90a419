using System.Text.Json.Nodes;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>A Job runs one Pod from its template; the Job becomes Complete, or Failed with BackoffLimitExceeded.</summary>
internal sealed class JobController(ControllerKit kit, PodLifecycle pods)
{
    public void OnChange(WatchEvent change)
    {
        if (change.Type != WatchEvent.Added || !change.Key.SameKind("batch", "jobs") || change.Object.Bool("spec", "suspend"))
        {
            return;
        }
        var job = change.Object;
        var jobUid = job.Str("metadata", "uid")!;
        var behaviour = kit.BehaviourOf(job);
        var podType = kit.TypeOf("", "pods");
        if (behaviour.Cause == SimulatedCause.QuotaExceeded)
        {
            // The Job controller cannot create its pod: a FailedCreate Event, the pod never exists.
            kit.Context.Store.Transact(tx =>
            {
                EventRecorder.Record(kit, tx, job, "Warning", "FailedCreate", QuotaMessage(PodFor(job, tx)), "job-controller");
                return 0;
            });
            return;
        }
        var pod = kit.Context.Store.Transact(tx => kit.Create(podType, PodFor(job, tx), tx));
        if (pod is null)
        {
            return;
        }
        kit.Update(change.Key, jobUid, (obj, tx) => obj["status"] = new JsonObject { ["startTime"] = tx.Now, ["active"] = 1, ["ready"] = 0 });
        var podKey = new ObjectKey("", "pods", change.Key.Namespace, pod.Str("metadata", "name")!);
        var pullBackOff = kit.BehaviourOf(pod).Outcome == Outcome.ImagePullBackOff;
        if (behaviour.Cause == SimulatedCause.QuotaExceeded)
        {
            return;
        }
        pods.Start(podKey, pod.Str("metadata", "uid")!, pullBackOff, behaviour.Outcome, behaviour.Duration(kit.WorkDuration), runsToCompletion: true,
            failed => kit.Update(change.Key, jobUid, (obj, tx) => obj["status"] = failed ? Failed(obj, tx.Now) : Complete(obj, tx.Now)), behaviour.Cause);
    }

    private static JsonObject PodFor(JsonObject job, StoreTransaction tx)
    {
        var jobName = job.Str("metadata", "name")!;
        var uid = job.Str("metadata", "uid")!;
        var template = job.At("spec", "template") as JsonObject ?? [];
        var labels = (template.At("metadata", "labels") as JsonObject)?.CloneObject() ?? [];
        labels["batch.kubernetes.io/controller-uid"] = uid;
        labels["batch.kubernetes.io/job-name"] = jobName;
        labels["controller-uid"] = uid;
        labels["job-name"] = jobName;
        var metadata = new JsonObject
        {
            ["name"] = jobName + "-" + tx.Identity.Suffix(),
            ["generateName"] = jobName + "-",
            ["namespace"] = job.Str("metadata", "namespace"),
            ["labels"] = labels,
            ["ownerReferences"] = new JsonArray(ControllerKit.OwnerReference(job)),
        };
        if (template.At("metadata", "annotations") is JsonObject annotations)
        {
            metadata["annotations"] = annotations.DeepClone();
        }
        var spec = (template["spec"] as JsonObject)?.CloneObject() ?? [];
        spec["restartPolicy"] ??= "Never";
        return new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Pod", ["metadata"] = metadata, ["spec"] = spec };
    }

    /// <summary>The apiserver's quota refusal of a pod, as controllers quote it in FailedCreate Events.</summary>
    public static string QuotaMessage(JsonObject pod) =>
        $"Error creating: pods \"{pod.Str("metadata", "name")}\" is forbidden: exceeded quota: compute-quota, requested: limits.memory=512Mi, used: limits.memory=1792Mi, limited: limits.memory=2Gi";

    private static JsonObject Complete(JsonObject job, string now) => new()
    {
        ["conditions"] = new JsonArray(
            Condition("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods", now),
            Condition("Complete", "CompletionsReached", "Reached expected number of succeeded pods", now)),
        ["startTime"] = job.Str("status", "startTime") ?? now,
        ["completionTime"] = now,
        ["succeeded"] = 1,
        ["ready"] = 0,
        ["terminating"] = 0,
    };

    private static JsonObject Failed(JsonObject job, string now) => new()
    {
        ["conditions"] = new JsonArray(
            Condition("FailureTarget", "BackoffLimitExceeded", "Job has reached the specified backoff limit", now),
            Condition("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit", now)),
        ["startTime"] = job.Str("status", "startTime") ?? now,
        ["failed"] = 1,
        ["ready"] = 0,
        ["terminating"] = 0,
    };

    private static JsonObject Condition(string type, string reason, string message, string now) => new()
    {
        ["type"] = type,
        ["status"] = "True",
        ["lastProbeTime"] = now,
        ["lastTransitionTime"] = now,
        ["reason"] = reason,
        ["message"] = message,
    };
}
