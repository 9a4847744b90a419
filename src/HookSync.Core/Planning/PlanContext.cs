namespace HookSync.Core.Planning;

/// <summary>What the planner needs besides the manifests.</summary>
/// <param name="Revision">The commit (or <c>--revision</c>) used in generated hook names (X4) and reports.</param>
/// <param name="StartedAt">The run's start time; its Unix seconds end every generated hook name.</param>
/// <param name="DefaultNamespace">Namespace for namespaced objects that name none (D-10).</param>
/// <param name="Scopes">Which kinds are namespaced: a built-in table offline, discovery against a cluster.</param>
/// <param name="Strict">Warnings become errors (<c>--strict</c>).</param>
/// <param name="TimePlaceholder">
/// Generated hook names end with <see cref="HookNamer.TimePlaceholder"/> instead of the Unix seconds, so <c>plan</c> prints the
/// same bytes for the same input and revision (README "plan"); a sync always uses the real time.
/// </param>
public sealed record PlanContext(
    string Revision,
    DateTimeOffset StartedAt,
    string DefaultNamespace,
    IResourceScopes Scopes,
    bool Strict = false,
    bool TimePlaceholder = false)
{
    /// <summary>The run's sync options (<c>--sync-option</c>); an object's own annotation wins for the same name.</summary>
    public Hooks.SyncOptionSet RunOptions { get; init; } = Hooks.SyncOptionSet.Empty;
}
