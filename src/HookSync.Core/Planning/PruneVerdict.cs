namespace HookSync.Core.Planning;

/// <summary>What happens to an object that left the manifests (docs/sync-semantics.md#prune).</summary>
public enum PruneVerdict
{
    /// <summary>Deleted in its (reversed) wave.</summary>
    Prune,
    /// <summary>Kept: the run has no <c>--prune</c> (Argo CD's "ignored (requires pruning)").</summary>
    RequiresPruning,
    /// <summary>Kept: the live object says <c>Prune=false</c> (Argo CD's "ignored (no prune)").</summary>
    PruneDisabled,
    /// <summary>Kept: the live object's tracking id names another app, or none (HookSync's safety, beyond Argo CD).</summary>
    NotOwned,
}
