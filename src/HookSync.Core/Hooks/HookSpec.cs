namespace HookSync.Core.Hooks;

/// <summary>The resolved hook annotations of one object (rules A4–A8 plus <c>hooksync.dev/hook-timeout</c>).</summary>
/// <param name="Role">Resource, hook, skip or ignored.</param>
/// <param name="Phases">The phases the object runs in, in phase order; empty for Skip and ignored objects.</param>
/// <param name="DeletePolicies">The delete policies, first-seen order; <c>BeforeHookCreation</c> when none is valid.</param>
/// <param name="Wave">The sync wave (A7).</param>
/// <param name="HookTimeout">The per-hook timeout from <c>hooksync.dev/hook-timeout</c>, if any.</param>
public sealed record HookSpec(
    ObjectRole Role,
    IReadOnlyList<SyncPhase> Phases,
    IReadOnlyList<HookDeletePolicy> DeletePolicies,
    long Wave,
    TimeSpan? HookTimeout)
{
    public bool IsHook => Role == ObjectRole.Hook;

    public bool HasDeletePolicy(HookDeletePolicy policy) => DeletePolicies.Contains(policy);
}
