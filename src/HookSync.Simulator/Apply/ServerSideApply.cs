using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Apply;

/// <summary>Server-side apply: merge an applied configuration into the live object with field-ownership conflicts.</summary>
internal static class ServerSideApply
{
    public const string ApplyOperation = "Apply";
    public const string UpdateOperation = "Update";

    /// <summary>Computes the merged object and new ownership; throws 409 Conflict when another manager owns a changed field and force is off.</summary>
    public static (JsonObject Merged, ImmutableDictionary<string, FieldOwner> Owners) Apply(
        StoredObject? live, JsonObject applied, string manager, bool force, ResourceType type, string now)
    {
        var paths = FieldPaths.Leaves(applied);
        var key = OwnerKey(manager, ApplyOperation);
        var mine = new FieldOwner(manager, ApplyOperation, applied.Str("apiVersion") ?? type.GroupVersion, now, paths);
        if (live is null)
        {
            var created = applied.CloneObject();
            created.Remove("status");
            return (created, ObjectStore.NoOwners.SetItem(key, mine));
        }
        var owners = live.Owners;
        var conflicts = new List<(FieldOwner Owner, string Path)>();
        foreach (var path in paths)
        {
            if (JsonNode.DeepEquals(FieldPaths.Get(live.Object, path), FieldPaths.Get(applied, path)))
            {
                continue;
            }
            foreach (var other in owners.Where(o => o.Key != key).Select(o => o.Value))
            {
                if (other.Paths.Any(p => FieldPaths.Overlaps(p, path)))
                {
                    conflicts.Add((other, path));
                }
            }
        }
        if (conflicts.Count > 0 && !force)
        {
            throw Conflict(conflicts);
        }
        // force=true: the applier takes the conflicting fields over (HookSync's --force-conflicts, D-9).
        foreach (var (other, path) in conflicts)
        {
            var otherKey = OwnerKey(other.Manager, other.Operation);
            var remaining = owners[otherKey].Paths.Where(p => !FieldPaths.Overlaps(p, path)).ToImmutableHashSet(StringComparer.Ordinal);
            owners = remaining.IsEmpty ? owners.Remove(otherKey) : owners.SetItem(otherKey, owners[otherKey] with { Paths = remaining });
        }
        var merged = live.Object.CloneObject();
        if (owners.TryGetValue(key, out var previous))
        {
            // Fields this manager applied before and no longer applies are removed unless someone else owns them.
            foreach (var dropped in previous.Paths.Except(paths))
            {
                var ownedElsewhere = owners.Where(o => o.Key != key).Any(o => o.Value.Paths.Any(p => FieldPaths.Overlaps(p, dropped)));
                if (!ownedElsewhere)
                {
                    FieldPaths.Remove(merged, dropped);
                }
            }
            if (previous.SameOwnership(mine))
            {
                mine = previous;
            }
        }
        var body = applied.CloneObject();
        body.Remove("status");
        JsonMerge.ApplyInto(merged, body);
        return (merged, owners.SetItem(key, mine));
    }

    /// <summary>Records an Update (PUT, merge patch): the changed fields move to <paramref name="manager"/> without conflicts.</summary>
    public static ImmutableDictionary<string, FieldOwner> RecordUpdate(
        ImmutableDictionary<string, FieldOwner> owners, JsonObject before, JsonObject after, string manager, string apiVersion, string now)
    {
        var changed = FieldPaths.Changed(before, after);
        if (changed.IsEmpty)
        {
            return owners;
        }
        foreach (var (ownerKey, owner) in owners)
        {
            var remaining = owner.Paths.Where(p => !changed.Any(c => FieldPaths.Overlaps(p, c))).ToImmutableHashSet(StringComparer.Ordinal);
            owners = remaining.IsEmpty ? owners.Remove(ownerKey) : owners.SetItem(ownerKey, owner with { Paths = remaining });
        }
        var key = OwnerKey(manager, UpdateOperation);
        var paths = owners.TryGetValue(key, out var mine) ? mine.Paths.Union(changed) : changed;
        return owners.SetItem(key, new FieldOwner(manager, UpdateOperation, apiVersion, now, paths));
    }

    private static string OwnerKey(string manager, string operation) => manager + "\u0000" + operation;

    private static ApiException Conflict(List<(FieldOwner Owner, string Path)> conflicts)
    {
        var groups = conflicts.GroupBy(c => c.Owner).ToList();
        var parts = groups.Select(g =>
        {
            var fields = g.Select(c => FieldPaths.Display(c.Path)).Distinct(StringComparer.Ordinal).ToList();
            return fields.Count == 1
                ? $"conflict with \"{g.Key.Manager}\" using {g.Key.ApiVersion}: {fields[0]}"
                : $"conflicts with \"{g.Key.Manager}\" using {g.Key.ApiVersion}:\n" + string.Join("\n", fields.Select(f => "- " + f));
        });
        var count = conflicts.Count;
        var message = $"Apply failed with {count} conflict{(count == 1 ? "" : "s")}: " + string.Join("\n", parts);
        var causes = new JsonArray([.. conflicts.Select(c => (JsonNode)new JsonObject
        {
            ["reason"] = "FieldManagerConflict",
            ["message"] = $"conflict with \"{c.Owner.Manager}\" using {c.Owner.ApiVersion}",
            ["field"] = FieldPaths.Display(c.Path),
        })]);
        return new ApiException(409, "Conflict", message, new JsonObject { ["causes"] = causes });
    }
}
