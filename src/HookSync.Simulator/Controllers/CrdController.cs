using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>A CRD becomes NamesAccepted and Established, and from then on its kinds are served; deleting it removes them.</summary>
internal sealed class CrdController(ControllerKit kit)
{
    public void OnChange(WatchEvent change)
    {
        if (!change.Key.SameKind("apiextensions.k8s.io", "customresourcedefinitions"))
        {
            return;
        }
        var crd = change.Object;
        var name = change.Key.Name;
        if (change.Type == WatchEvent.Deleted)
        {
            Remove(name, crd);
            return;
        }
        if (!kit.FirstTimeFor(crd, "crd") || crd.At("metadata", "deletionTimestamp") is not null)
        {
            return;
        }
        var uid = crd.Str("metadata", "uid")!;
        kit.After(kit.WorkDuration / 3, () =>
        {
            var established = kit.Update(change.Key, uid, (live, tx) => live["status"] = new JsonObject
            {
                ["conditions"] = new JsonArray(
                    Condition("NamesAccepted", "NoConflicts", "no conflicts found", tx.Now),
                    Condition("Established", "InitialNamesAccepted", "the initial names have been accepted", tx.Now)),
                ["acceptedNames"] = live.At("spec", "names")?.DeepClone(),
                ["storedVersions"] = new JsonArray([.. Versions(live).Where(v => v.Bool("storage")).Select(v => (JsonNode)v.Str("name")!)]),
            });
            if (established is not null)
            {
                kit.Context.Catalog.Register(name, TypesOf(established));
            }
        });
    }

    private void Remove(string name, JsonObject crd)
    {
        kit.Context.Catalog.Unregister(name);
        var group = crd.Str("spec", "group") ?? "";
        var plural = crd.Str("spec", "names", "plural") ?? "";
        kit.Context.Store.Transact(tx =>
        {
            foreach (var instance in tx.All().Where(o => o.Key.SameKind(group, plural)).ToList())
            {
                tx.Remove(instance.Key);
            }
        });
    }

    internal static IReadOnlyList<ResourceType> TypesOf(JsonObject crd)
    {
        var group = crd.Str("spec", "group") ?? "";
        var names = crd.At("spec", "names");
        var namespaced = crd.Str("spec", "scope") != "Cluster";
        var shortNames = (names?["shortNames"] as JsonArray)?.Select(s => s.AsSelectorText() ?? "").ToList() ?? [];
        // The storage version first: it is the preferred version discovery reports.
        return [.. Versions(crd).Where(v => v["served"] is null || v.Bool("served")).OrderByDescending(v => v.Bool("storage"))
            .Select(v => new ResourceType(group, v.Str("name") ?? "v1", names.Str("plural") ?? "", names.Str("kind") ?? "", namespaced,
                v.At("subresources", "status") is not null, shortNames))];
    }

    private static IEnumerable<JsonObject> Versions(JsonObject crd) => ((crd.At("spec", "versions") as JsonArray) ?? []).OfType<JsonObject>();

    private static JsonObject Condition(string type, string reason, string message, string now) => new()
    {
        ["type"] = type, ["status"] = "True", ["lastTransitionTime"] = now, ["reason"] = reason, ["message"] = message,
    };
}
