using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>One (object, phase) pair of the plan (rule X3/X4), with the object as it will be applied.</summary>
/// <param name="Phase">The phase the task runs in; Namespace and CRD tasks may be pulled into an earlier phase (W4).</param>
/// <param name="Wave">The wave, after the W4 pull-forward.</param>
/// <param name="Object">The object to apply: generated name and default namespace already filled in.</param>
/// <param name="Source">The manifest it came from.</param>
/// <param name="Spec">The resolved hook annotations.</param>
/// <param name="SkipDryRun">True when the object cannot pass a server-side dry-run yet (its CRD or Namespace is created by this sync, D-8).</param>
public sealed record SyncTask(
    SyncPhase Phase,
    long Wave,
    KubeObject Object,
    SourceLocation Source,
    HookSpec Spec,
    bool SkipDryRun)
{
    /// <summary>What the task does to its object; <see cref="TaskOperation.Apply"/> unless a sync option or prune says otherwise.</summary>
    public TaskOperation Operation { get; init; } = TaskOperation.Apply;

    /// <summary>The sync options in force: the object's annotation over the run's <c>--sync-option</c> values.</summary>
    public SyncOptionSet Options { get; init; } = SyncOptionSet.Empty;

    /// <summary>For a <see cref="TaskOperation.Prune"/> task that must not delete: why (reported as PruneSkipped).</summary>
    public string? PruneSkipReason { get; init; }

    public bool IsPrune => Operation == TaskOperation.Prune;

    /// <summary>Made by HookSync, not the manifests (CreateNamespace=true): created only if absent, untracked, never in the inventory.</summary>
    public bool AutoCreated { get; init; }

    public bool IsHook => Spec.IsHook;

    public ResourceKey Key => Object.Key;

    /// <summary>Results are keyed by resource and phase, so a multi-phase hook has one result per phase (R4).</summary>
    public string Id => $"{Phase}:{Key}";

    public IReadOnlyList<HookDeletePolicy> DeletePolicies => Spec.DeletePolicies;

    public bool HasDeletePolicy(HookDeletePolicy policy) => IsHook && Spec.HasDeletePolicy(policy);

    public override string ToString() => $"{Phase} wave {Wave} {Object.Kind}/{Object.Name}";
}
