using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Store;

/// <summary>Reads and writes inside the store's lock; maintains uid, resourceVersion, generation, timestamps and managedFields.</summary>
internal sealed class StoreTransaction(ObjectStore store)
{
    private readonly List<WatchEvent> _events = [];

    public IReadOnlyList<WatchEvent> Events => _events;

    public string Now => store.Time.GetUtcNow().Rfc3339();

    public IdentityGenerator Identity => store.Identity;

    public long Revision => store.CurrentRevision;

    public StoredObject? Get(ObjectKey key) => store.Find(key);

    public IReadOnlyList<StoredObject> List(string group, string resource, string? ns) =>
        [.. store.All.Where(o => o.Key.SameKind(group, resource) && (ns is null || string.Equals(o.Key.Namespace, ns, StringComparison.Ordinal)))
            .OrderBy(o => o.Key.Namespace, StringComparer.Ordinal).ThenBy(o => o.Key.Name, StringComparer.Ordinal)];

    public IReadOnlyList<StoredObject> All() => [.. store.All];

    /// <summary>Stores <paramref name="candidate"/> (taken over, not copied). A write that changes nothing keeps the resourceVersion and emits nothing.</summary>
    public StoredObject Put(ObjectKey key, JsonObject candidate, ImmutableDictionary<string, FieldOwner> owners)
    {
        var existing = store.Find(key);
        var metadata = candidate.Metadata();
        metadata.Remove("managedFields");
        if (existing is null)
        {
            metadata["uid"] ??= Identity.Uid();
            metadata["creationTimestamp"] = Now;
            metadata["generation"] = 1;
        }
        else
        {
            var old = existing.Object;
            metadata["uid"] = old.Str("metadata", "uid");
            metadata["creationTimestamp"] = old.Str("metadata", "creationTimestamp");
            metadata["generation"] = (old.Long("metadata", "generation") ?? 1) + (SpecChanged(old, candidate) ? 1 : 0);
            metadata["resourceVersion"] = old.Str("metadata", "resourceVersion");
            if (SameContent(old, candidate) && SameOwners(existing.Owners, owners))
            {
                return existing;
            }
        }
        metadata["resourceVersion"] = store.NextRevision().Invariant();
        ManagedFieldsRenderer.Render(metadata, owners);
        var stored = new StoredObject(key, candidate, owners);
        store.Save(stored);
        Emit(existing is null ? WatchEvent.Added : WatchEvent.Modified, key, candidate);
        return stored;
    }

    /// <summary>Removes an object now and emits DELETED with a fresh resourceVersion.</summary>
    public StoredObject? Remove(ObjectKey key)
    {
        var existing = store.Find(key);
        if (existing is null)
        {
            return null;
        }
        store.Delete(key);
        var last = existing.Object.CloneObject();
        last.Metadata()["resourceVersion"] = store.NextRevision().Invariant();
        Emit(WatchEvent.Deleted, key, last);
        return existing with { Object = last };
    }

    private void Emit(string type, ObjectKey key, JsonObject obj)
    {
        var change = new WatchEvent(type, key, obj, ObjectStore.ParseRevision(obj));
        store.Publish(change);
        _events.Add(change);
    }

    // Generation tracks the desired state: everything but metadata and status.
    private static bool SpecChanged(JsonObject old, JsonObject candidate)
    {
        var names = old.Select(p => p.Key).Union(candidate.Select(p => p.Key), StringComparer.Ordinal)
            .Where(n => n is not ("metadata" or "status" or "apiVersion" or "kind"));
        return names.Any(n => !JsonNode.DeepEquals(old[n], candidate[n]));
    }

    private static bool SameContent(JsonObject old, JsonObject candidate)
    {
        var left = old.CloneObject();
        left.Metadata().Remove("managedFields");
        return JsonNode.DeepEquals(left, candidate);
    }

    private static bool SameOwners(ImmutableDictionary<string, FieldOwner> left, ImmutableDictionary<string, FieldOwner> right) =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var other) && p.Value.SameOwnership(other));
}
