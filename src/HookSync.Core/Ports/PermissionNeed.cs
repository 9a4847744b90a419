namespace HookSync.Core.Ports;

/// <summary>
/// One right a sync needs, in the terms of a SelfSubjectAccessReview's resourceAttributes: a verb on a resource (plural, with its
/// API group and an optional subresource such as <c>log</c>), in a namespace or cluster-wide (null).
/// </summary>
public sealed record PermissionNeed(string Verb, string Group, string Resource, string? Subresource, string? Namespace)
{
    /// <summary>The resource as RBAC rules and kubectl name it: <c>jobs.batch</c>, <c>pods/log</c>, <c>configmaps</c>.</summary>
    public string ResourceName =>
        (Group.Length == 0 ? Resource : $"{Resource}.{Group}") + (Subresource is { Length: > 0 } sub ? "/" + sub : string.Empty);

    /// <summary>As printed in the preflight error: <c>delete jobs.batch in namespace "web"</c>.</summary>
    public override string ToString() =>
        $"{Verb} {ResourceName}" + (Namespace is null ? " (cluster-wide)" : $" in namespace \"{Namespace}\"");
}
