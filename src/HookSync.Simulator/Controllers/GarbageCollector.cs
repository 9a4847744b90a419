using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Controllers;

/// <summary>Deletion as the apiserver and its garbage collector do it: propagation policies, finalizers, namespace termination.</summary>
internal sealed class GarbageCollector(SimulatorContext context)
{
    public const string ForegroundFinalizer = "foregroundDeletion";

    /// <summary>Deletes an object; Deferred is true when it stays (deletionTimestamp set) until finalizers or dependents are gone.</summary>
    public (StoredObject Result, bool Deferred) Delete(StoreTransaction tx, ResourceType type, ObjectKey key, string? policy, bool dryRun)
    {
        var live = tx.Get(key) ?? throw ApiException.NotFound(type, key.Name);
        if (dryRun || live.IsDeleting)
        {
            return (live, live.IsDeleting);
        }
        // batch/v1 Jobs default to orphaning their pods, as on a real cluster; everything else to Background.
        policy ??= type is { Group: "batch", Name: "jobs" } ? "Orphan" : "Background";
        var obj = live.Object.CloneObject();
        var metadata = obj.Metadata();
        var finalizers = (metadata["finalizers"] as JsonArray)?.Select(f => f.AsSelectorText() ?? "").ToList() ?? [];
        if (type is { Group: "", Name: "namespaces" })
        {
            metadata["deletionTimestamp"] = tx.Now;
            obj.Obj("status")["phase"] = "Terminating";
            context.Scheduler.After(context.CleanupDelay, () => TerminateNamespace(key));
            return (tx.Put(key, obj, live.Owners), true);
        }
        if (policy == "Foreground" || finalizers.Count > 0)
        {
            if (policy == "Foreground" && !finalizers.Contains(ForegroundFinalizer))
            {
                finalizers.Add(ForegroundFinalizer);
            }
            metadata["finalizers"] = new JsonArray([.. finalizers.Select(f => (JsonNode)f)]);
            metadata["deletionTimestamp"] = tx.Now;
            metadata["deletionGracePeriodSeconds"] = 0;
            var uid = live.Uid;
            if (policy != "Orphan")
            {
                context.Scheduler.After(context.CleanupDelay, () => CollectDependents(uid));
            }
            return (tx.Put(key, obj, live.Owners), true);
        }
        var removed = tx.Remove(key)!;
        if (policy == "Orphan")
        {
            Orphan(tx, live.Uid);
        }
        else
        {
            var uid = live.Uid;
            context.Scheduler.After(context.CleanupDelay, () => CollectDependents(uid));
        }
        return (removed, false);
    }

    /// <summary>Removes an object whose deletion was waiting only for finalizers that are now gone.</summary>
    public static void RemoveIfFinalized(StoreTransaction tx, StoredObject stored)
    {
        if (stored.IsDeleting && stored.Object.At("metadata", "finalizers") is not JsonArray { Count: > 0 })
        {
            tx.Remove(stored.Key);
        }
    }

    public void OnChange(WatchEvent change)
    {
        if (change.Type != WatchEvent.Deleted)
        {
            return;
        }
        foreach (var ownerUid in OwnerUids(change.Object))
        {
            context.Store.Transact(tx => TryFinalizeOwner(tx, ownerUid));
        }
    }

    private void CollectDependents(string ownerUid) => context.Store.Transact(tx =>
    {
        foreach (var dependent in tx.All().Where(o => OwnerUids(o.Object).Contains(ownerUid) && !o.IsDeleting).ToList())
        {
            Delete(tx, context.Catalog.ForKey(dependent.Key), dependent.Key, "Background", dryRun: false);
        }
        TryFinalizeOwner(tx, ownerUid);
    });

    private static void TryFinalizeOwner(StoreTransaction tx, string ownerUid)
    {
        var all = tx.All();
        var owner = all.FirstOrDefault(o => o.Uid == ownerUid);
        if (owner is null || !owner.IsDeleting || all.Any(o => OwnerUids(o.Object).Contains(ownerUid)))
        {
            return;
        }
        var obj = owner.Object.CloneObject();
        var finalizers = new JsonArray([.. ((obj.At("metadata", "finalizers") as JsonArray) ?? [])
            .Where(f => f.AsSelectorText() != ForegroundFinalizer).Select(f => f!.DeepClone())]);
        obj.Metadata()["finalizers"] = finalizers;
        if (finalizers.Count == 0)
        {
            obj.Metadata().Remove("finalizers");
        }
        RemoveIfFinalized(tx, tx.Put(owner.Key, obj, owner.Owners));
    }

    private void TerminateNamespace(ObjectKey namespaceKey) => context.Store.Transact(tx =>
    {
        foreach (var member in tx.All().Where(o => o.Key.Namespace == namespaceKey.Name).ToList())
        {
            tx.Remove(member.Key);
        }
        tx.Remove(namespaceKey);
    });

    private static void Orphan(StoreTransaction tx, string ownerUid)
    {
        foreach (var dependent in tx.All().Where(o => OwnerUids(o.Object).Contains(ownerUid)).ToList())
        {
            var obj = dependent.Object.CloneObject();
            var kept = new JsonArray([.. ((obj.At("metadata", "ownerReferences") as JsonArray) ?? [])
                .Where(r => r.Str("uid") != ownerUid).Select(r => r!.DeepClone())]);
            obj.Metadata()["ownerReferences"] = kept;
            tx.Put(dependent.Key, obj, dependent.Owners);
        }
    }

    internal static IReadOnlyList<string> OwnerUids(JsonObject obj) =>
        [.. ((obj.At("metadata", "ownerReferences") as JsonArray) ?? []).Select(r => r.Str("uid")).OfType<string>()];
}
