using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Inventory;

/// <summary>
/// Reads the app's inventory and the live state of every object in it that the manifests no longer have (a few
/// concurrent GETs), and classifies each (<see cref="PrunePlanner.Classify"/>). Used by <c>sync</c> and <c>diff</c>.
/// </summary>
public static class PruneLookup
{
    private const int Concurrency = 8;

    public static async Task<PruneLookupResult> FindAsync(InventoryStore store, SyncPlan plan, PruneSettings settings, CancellationToken cancellationToken)
    {
        var previous = await store.ReadAsync(cancellationToken).ConfigureAwait(false);
        var leftovers = PrunePlanner.Leftovers(plan, previous);
        using var gate = new SemaphoreSlim(Concurrency);
        var lookups = leftovers.Select(async entry =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                try
                {
                    return (entry, live: await store.Cluster.GetAsync(entry.Reference, cancellationToken).ConfigureAwait(false));
                }
                catch (ClusterException e) when (e.Kind is ClusterFailureKind.NotServed or ClusterFailureKind.NotFound)
                {
                    // Its kind is not served any more (the CRD went): the object cannot exist.
                    return (entry, live: (Model.KubeObject?)null);
                }
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        var found = await Task.WhenAll(lookups).ConfigureAwait(false);
        var candidates = new List<PruneCandidate>();
        var gone = new List<InventoryEntry>();
        foreach (var (entry, live) in found)
        {
            if (PrunePlanner.Classify(entry, live, settings) is { } candidate)
            {
                candidates.Add(candidate);
            }
            else
            {
                gone.Add(entry);
            }
        }
        return new PruneLookupResult(previous, candidates, gone);
    }
}
