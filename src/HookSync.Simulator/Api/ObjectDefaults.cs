using System.Text.Json.Nodes;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Api;

/// <summary>Defaults the apiserver fills in on create (namespace phase, pod phase, service type and clusterIP, replicas).</summary>
internal static class ObjectDefaults
{
    public static void OnCreate(ResourceType type, JsonObject obj, IdentityGenerator identity)
    {
        var spec = obj["spec"] as JsonObject;
        switch (type.Group, type.Name)
        {
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
}
