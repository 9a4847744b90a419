using System.Text.Json.Nodes;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Api;

/// <summary>Defaults the apiserver fills in on create (namespace phase, pod phase, service type and clusterIP, replicas).</summary>
internal static class ObjectDefaults
{
    public static void OnCreate(ResourceType type, JsonObject obj, IdentityGenerator identity)
    {
        var spec = obj["spec"] as JsonObject;
        // The server, not the client, chooses the uid.
        obj.Metadata()["uid"] = identity.Uid();
        switch (type.Group, type.Name)
        {
            case ("batch", "jobs"):
                DefaultJob(obj);
                break;
            case ("", "namespaces"):
                var name = obj.Str("metadata", "name") ?? "";
                obj.Metadata().Obj("labels")["kubernetes.io/metadata.name"] = name;
                obj.Obj("spec")["finalizers"] = new JsonArray("kubernetes");
                obj["status"] = new JsonObject { ["phase"] = "Active" };
                break;
            case ("", "pods"):
                obj.Obj("spec")["restartPolicy"] ??= "Always";
                obj["status"] = new JsonObject { ["phase"] = "Pending", ["qosClass"] = "BestEffort" };
                break;
            case ("", "services"):
                var service = obj.Obj("spec");
                service["type"] ??= "ClusterIP";
                if (service.Str("type") != "ExternalName" && service["clusterIP"] is null)
                {
                    var ip = "10.96." + (identity.Hash(2)[0] % 200).Invariant() + "." + (identity.Hash(2)[1] % 250 + 2).Invariant();
                    service["clusterIP"] = ip;
                    service["clusterIPs"] = new JsonArray(ip);
                }
                break;
            case ("apps", "deployments" or "statefulsets" or "replicasets"):
                spec?.TryAdd("replicas", 1);
                break;
            default:
                break;
        }
    }

    /// <summary>As the Job API does: a selector on the Job's own uid, and the matching labels on its pod template.</summary>
    private static void DefaultJob(JsonObject job)
    {
        var spec = job.Obj("spec");
        if (spec["selector"] is not null || spec.Bool("manualSelector"))
        {
            return;
        }
        var uid = job.Str("metadata", "uid")!;
        var name = job.Str("metadata", "name")!;
        spec["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["batch.kubernetes.io/controller-uid"] = uid } };
        var labels = spec.Obj("template").Metadata().Obj("labels");
        labels["batch.kubernetes.io/controller-uid"] = uid;
        labels["batch.kubernetes.io/job-name"] = name;
        labels["controller-uid"] = uid;
        labels["job-name"] = name;
    }

    /// <summary>Conversions the apiserver applies on every write: a Secret's stringData is folded into base64 data.</summary>
    public static void Normalize(ObjectKey key, JsonObject obj)
    {
        if (key.SameKind("", "secrets") && obj["stringData"] is JsonObject stringData)
        {
            var data = obj.Obj("data");
            foreach (var (name, value) in stringData)
            {
                data[name] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value.AsSelectorText() ?? ""));
            }
            obj.Remove("stringData");
        }
    }
}
