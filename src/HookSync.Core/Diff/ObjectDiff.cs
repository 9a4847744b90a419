using HookSync.Core.Model;

namespace HookSync.Core.Diff;

/// <summary>What the next sync would do to one object, with the unified YAML diff of live → desired.</summary>
/// <param name="Gvk">Group, version and kind.</param>
/// <param name="Namespace">Namespace; empty for cluster-scoped objects.</param>
/// <param name="Name">Name.</param>
/// <param name="Action">Create, update, unchanged, prune, or rejected by the server.</param>
/// <param name="Source">The manifest it comes from; null for a prune (it is in no manifest).</param>
/// <param name="Hunks">The diff; empty when unchanged or rejected.</param>
/// <param name="Note">Why the diff is what it is (the server's refusal, a dry-run that could not run), or null.</param>
public sealed record ObjectDiff(
    GroupVersionKind Gvk,
    string Namespace,
    string Name,
    DiffAction Action,
    SourceLocation? Source,
    IReadOnlyList<DiffHunk> Hunks,
    string? Note = null)
{
    public ResourceKey Key => new(Gvk.Group, Gvk.Kind, Namespace, Name);

    /// <summary><c>Kind namespace/name</c>, or <c>Kind name</c> for a cluster-scoped object.</summary>
    public string DisplayName => Namespace.Length == 0 ? $"{Gvk.Kind} {Name}" : $"{Gvk.Kind} {Namespace}/{Name}";

    /// <summary>The path both file headers name, as kubectl diff names its files: <c>apps.v1.Deployment.ns.name</c>.</summary>
    public string DiffPath => string.Join('.', new[] { Gvk.Group, Gvk.Version, Gvk.Kind, Namespace, Name }.Where(p => p.Length > 0));

    /// <summary>The unified diff text: file headers, then each hunk; empty when there is no hunk.</summary>
    public IReadOnlyList<string> UnifiedLines()
    {
        if (Hunks.Count == 0)
        {
            return [];
        }
        var lines = new List<string>
        {
            Action == DiffAction.Create ? "--- /dev/null" : $"--- live/{DiffPath}",
            Action == DiffAction.Prune ? "+++ /dev/null" : $"+++ desired/{DiffPath}",
        };
        foreach (var hunk in Hunks)
        {
            lines.Add(hunk.Header);
            lines.AddRange(hunk.Lines.Select(l => l.ToString()));
        }
        return lines;
    }
}
