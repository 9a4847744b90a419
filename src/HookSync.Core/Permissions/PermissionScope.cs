using HookSync.Core.Ports;

namespace HookSync.Core.Permissions;

/// <summary>What of a run, beyond its plan, decides which rights it needs.</summary>
/// <param name="DryRun"><c>--dry-run</c>: only the server-side dry-run requests are made (apply and create, which RBAC checks as for real).</param>
/// <param name="LockNamespace">Where the sync lock's Lease lives, or null with <c>--no-lock</c> (and for a dry run, which takes no lock).</param>
/// <param name="Extra">Needs of features outside the plan's tasks (prune: delete on the kinds it may remove), added as given.</param>
public sealed record PermissionScope(bool DryRun, string? LockNamespace, IReadOnlyList<PermissionNeed> Extra)
{
    public static PermissionScope Default { get; } = new(DryRun: false, LockNamespace: null, Extra: []);
}
