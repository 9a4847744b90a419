using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Core.Inventory;

/// <summary>
/// The inventory after a run: everything of the app that may exist now. Applied objects join; pruned objects that are gone,
/// objects found gone, and objects now owned by another app leave; everything else stays, so an object a failed or
/// cancelled run did not reach, or one kept by <c>Prune=false</c> or a missing <c>--prune</c>, can still be pruned later.
/// </summary>
public static class InventoryUpdate
{
    public static AppInventory After(PruneLookupResult lookup, SyncPlan plan, SyncReport report, string app, DateTimeOffset now)
    {
        var entries = new Dictionary<ResourceKey, InventoryEntry>();
        foreach (var entry in lookup.Previous?.Entries ?? [])
        {
            entries[entry.Key] = entry;
        }
        foreach (var entry in lookup.Gone)
        {
            entries.Remove(entry.Key);
        }
        foreach (var candidate in lookup.Candidates.Where(c => c.Verdict == PruneVerdict.NotOwned))
        {
            entries.Remove(candidate.Key);
        }
        var results = report.Tasks.ToDictionary(t => (t.Phase, new ResourceKey(t.Group, t.Kind, t.Namespace, t.Name)));
        foreach (var task in plan.Tasks.Where(t => !t.IsHook && !t.AutoCreated))
        {
            if (!results.TryGetValue((task.Phase, task.Key), out var result))
            {
                continue;
            }
            if (task.IsPrune)
            {
                // Gone for sure only when the prune finished; a prune cut short may have left it.
                if (result.Status == ResultCode.Pruned && result.State == OperationPhase.Succeeded)
                {
                    entries.Remove(task.Key);
                }
            }
            else if (result.Status == ResultCode.Synced)
            {
                entries[task.Key] = InventoryEntry.Of(task.Object, task.Source);
            }
        }
        return new AppInventory(app, report.Revision, now, entries.Values.ToList());
    }

    /// <summary>Two writers' inventories combined: an object either run says may exist stays.</summary>
    public static AppInventory Merge(AppInventory ours, AppInventory? theirs)
    {
        if (theirs is null)
        {
            return ours;
        }
        var entries = theirs.Entries.ToDictionary(e => e.Key);
        foreach (var entry in ours.Entries)
        {
            entries[entry.Key] = entry;
        }
        return ours with { Entries = entries.Values.ToList() };
    }
}
