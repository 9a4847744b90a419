using System.Text.Json.Nodes;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>LoadBalancer Services and Ingresses get an address; PersistentVolumeClaims bind.</summary>
internal sealed class AddressController(ControllerKit kit)
{
    private int _nextAddress = 9;

    public void OnChange(WatchEvent change)
    {
        var obj = change.Object;
        var isLoadBalancer = change.Key.SameKind("", "services") && obj.Str("spec", "type") == "LoadBalancer";
        var isIngress = change.Key.SameKind("networking.k8s.io", "ingresses");
        var isClaim = change.Key.SameKind("", "persistentvolumeclaims");
        if (change.Type == WatchEvent.Deleted || !(isLoadBalancer || isIngress || isClaim) || !kit.FirstTimeFor(obj, "address"))
        {
            return;
        }
        var uid = obj.Str("metadata", "uid")!;
        if ((isLoadBalancer || isIngress) && obj.At("status", "loadBalancer", "ingress") is null)
        {
            var ip = "10.0.0." + Interlocked.Increment(ref _nextAddress).Invariant();
            kit.After(kit.WorkDuration, () => kit.Update(change.Key, uid, (live, _) =>
                live.Obj("status")["loadBalancer"] = new JsonObject { ["ingress"] = new JsonArray(new JsonObject { ["ip"] = ip }) }));
        }
        if (isClaim && obj.Str("status", "phase") != "Bound")
        {
            kit.After(kit.WorkDuration / 3, () => kit.Update(change.Key, uid, (live, _) => live["status"] = new JsonObject
            {
                ["phase"] = "Bound",
                ["accessModes"] = live.At("spec", "accessModes")?.DeepClone() ?? new JsonArray("ReadWriteOnce"),
                ["capacity"] = new JsonObject { ["storage"] = live.Str("spec", "resources", "requests", "storage") ?? "1Gi" },
            }));
        }
    }
}
