namespace HookSync.Core.Ports;

/// <summary>
/// Asks the cluster what the caller may do (SelfSubjectAccessReview), for the permissions preflight. A cluster client that
/// cannot ask (an in-memory test cluster) does not implement it, and the preflight is skipped.
/// </summary>
public interface IAccessReviewer
{
    /// <summary>The needs the server did not allow, in the order given; reviews run concurrently, each need once.</summary>
    Task<IReadOnlyList<PermissionNeed>> DeniedAsync(IReadOnlyList<PermissionNeed> needs, CancellationToken cancellationToken);

    /// <summary>The user name the server sees (SelfSubjectReview), or null when the server does not say.</summary>
    Task<string?> IdentityAsync(CancellationToken cancellationToken);
}
