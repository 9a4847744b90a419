using HookSync.Core.Diagnostics;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Inventory;

/// <summary>
/// One run's use of the inventory: before the sync, read it and add the prune tasks to the plan; after it, write what
/// exists now. Runs under the app's lock, so the read and the write see no other run in between.
/// </summary>
public sealed class InventoryCycle(InventoryStore store, PruneSettings settings, TimeProvider time)
{
    private PruneLookupResult? _lookup;

    public InventoryLocation Location => store.Location;

    /// <summary>
    /// The plan with its prune tasks, and one line per leftover for the console. Objects annotated <c>Prune=confirm</c>
    /// without <c>--prune-confirm</c> make <see cref="PreparedSync.Refusal"/> non-null: nothing may be applied.
    /// </summary>
    public async Task<PreparedSync> PrepareAsync(SyncPlan plan, CancellationToken cancellationToken)
    {
        _lookup = await PruneLookup.FindAsync(store, plan, settings, cancellationToken).ConfigureAwait(false);
        var notes = new List<string>();
        if (_lookup.Previous is null)
        {
            notes.Add($"no inventory yet ({store.Location}): nothing to prune; it is written after this run");
        }
        foreach (var candidate in _lookup.Candidates)
        {
            var what = $"{candidate.Live} ({(candidate.Live.Namespace.Length > 0 ? candidate.Live.Namespace : "cluster")}), from {candidate.Source}";
            notes.Add(candidate.Verdict switch
            {
                PruneVerdict.Prune => $"will prune {what}",
                PruneVerdict.RequiresPruning => $"would prune {what}: not in the manifests any more; run with --prune to delete it",
                _ => $"will not prune {what}: {candidate.Reason}",
            });
        }
        var unconfirmed = PrunePlanner.Unconfirmed(_lookup.Candidates, settings);
        if (unconfirmed.Count > 0)
        {
            var names = string.Join(", ", unconfirmed.Select(c => $"{c.Live.ApiVersion}/{c.Live} ({c.Source})"));
            return new PreparedSync(plan, notes,
                $"pruning needs confirmation for {names}: they are annotated Prune=confirm; rerun with --prune-confirm to delete them, or remove them from the inventory's reach by restoring their manifests. Nothing was applied.");
        }
        return new PreparedSync(PrunePlanner.Extend(plan, _lookup.Candidates, settings), notes, null);
    }

    /// <summary>Writes the inventory after a run; a failure is a warning (the sync's result stands), never an exception.</summary>
    public async Task<Diagnostic?> RecordAsync(SyncPlan plan, SyncReport report, CancellationToken cancellationToken)
    {
        if (_lookup is null)
        {
            return null;
        }
        var inventory = InventoryUpdate.After(_lookup, plan, report, settings.App, time.GetUtcNow());
        try
        {
            await store.WriteAsync(inventory, theirs => InventoryUpdate.Merge(inventory, theirs), cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is ClusterException or OperationCanceledException or InventoryFormatException)
        {
            return Diagnostic.Warning(DiagnosticCodes.InventoryNotWritten,
                $"the inventory {store.Location} was not written ({e.Message}); objects applied by this run will not be pruned by later runs " +
                "until a run writes it. Allow get, create and update on configmaps in that namespace, or choose one with --inventory-namespace.", null);
        }
    }
}
