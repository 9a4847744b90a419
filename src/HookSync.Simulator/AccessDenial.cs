namespace HookSync.Simulator;

/// <summary>
/// A right the simulated identity lacks (<c>--simulate-deny VERB:RESOURCE[:NAMESPACE]</c>). <paramref name="Resource"/> is a plural
/// as RBAC names it: <c>jobs</c> (any group), <c>jobs.batch</c>, or <c>pods/log</c>; <paramref name="Verb"/> may be <c>*</c>;
/// a null <paramref name="Namespace"/> denies it everywhere.
/// </summary>
public sealed record AccessDenial(string Verb, string Resource, string? Namespace)
{
    /// <summary>Parses <c>VERB:RESOURCE[:NAMESPACE]</c>; throws <see cref="FormatException"/> with the expected form.</summary>
    public static AccessDenial Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Take(2).Any(p => p.Trim().Length == 0) || (parts.Length == 3 && parts[2].Trim().Length == 0))
        {
            throw new FormatException($"expected VERB:RESOURCE[:NAMESPACE] (e.g. delete:jobs or get:pods/log:web), not '{text}'");
        }
        return new AccessDenial(parts[0].Trim().ToLowerInvariant(), parts[1].Trim().ToLowerInvariant(), parts.Length == 3 ? parts[2].Trim() : null);
    }

    /// <summary>True when this denial covers the verb on the resource (plural, group, subresource) in the namespace.</summary>
    public bool Covers(string verb, string group, string resource, string? subresource, string? ns)
    {
        if (Verb != "*" && !string.Equals(Verb, verb, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (Namespace is not null && !string.Equals(Namespace, ns, StringComparison.Ordinal))
        {
            return false;
        }
        var slash = Resource.IndexOf('/', StringComparison.Ordinal);
        var (name, sub) = slash < 0 ? (Resource, (string?)null) : (Resource[..slash], Resource[(slash + 1)..]);
        if (!string.Equals(sub ?? string.Empty, subresource ?? string.Empty, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? string.Equals(name, resource, StringComparison.OrdinalIgnoreCase)
            : string.Equals(name[..dot], resource, StringComparison.OrdinalIgnoreCase) && string.Equals(name[(dot + 1)..], group, StringComparison.OrdinalIgnoreCase);
    }
}
