using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Permissions;

/// <summary>
/// Checks, before the first write, that the credentials may do everything the plan needs: the kinds are resolved through
/// discovery, <see cref="PermissionNeeds"/> lists the rights, and the cluster reviews them (SelfSubjectAccessReview).
/// </summary>
public static class PermissionPreflight
{
    public static async Task<PreflightResult> CheckAsync(IClusterClient cluster, SyncPlan plan, PermissionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(plan);
        if (cluster is not IAccessReviewer reviewer)
        {
            return new PreflightResult(0, [], null);
        }
        var resources = new Dictionary<GroupVersionKind, ApiResource>();
        foreach (var gvk in PermissionNeeds.KindsOf(plan))
        {
            // A kind the server does not serve (yet: its CRD is in this sync) is checked by validation, not here.
            if (await cluster.FindResourceAsync(gvk, cancellationToken).ConfigureAwait(false) is { } resource)
            {
                resources[gvk] = resource;
            }
        }
        var needs = PermissionNeeds.For(plan, resources, scope);
        var denied = await reviewer.DeniedAsync(needs, cancellationToken).ConfigureAwait(false);
        var identity = denied.Count > 0 ? await reviewer.IdentityAsync(cancellationToken).ConfigureAwait(false) : null;
        var missing = needs.Where(denied.Contains).ToList();
        return new PreflightResult(needs.Count, missing, identity);
    }
}
