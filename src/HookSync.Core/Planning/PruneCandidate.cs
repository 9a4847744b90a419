using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>
/// An object the app applied before (it is in the inventory) that the manifests no longer have, with its live state
/// and what this run will do with it.
/// </summary>
/// <param name="Live">The live object; its own sync options and wave decide how it is pruned (Argo CD reads the live object).</param>
/// <param name="Source">Where it was applied from, in the inventory's revision.</param>
/// <param name="Verdict">Prune it, or why not.</param>
/// <param name="Reason">The message shown for a verdict other than <see cref="PruneVerdict.Prune"/>.</param>
public sealed record PruneCandidate(KubeObject Live, SourceLocation Source, PruneVerdict Verdict, string? Reason)
{
    public ResourceKey Key => Live.Key;

    /// <summary>The live object's own sync options (Prune, PruneLast), read once when it was classified.</summary>
    public SyncOptionSet Options { get; init; } = SyncOptionSet.Empty;

    public GroupVersionKind Gvk => Live.Gvk;

    public string Namespace => Live.Namespace;

    public string Name => Live.Name;

    public bool WillDelete => Verdict == PruneVerdict.Prune;

    /// <summary>A candidate the next <c>sync --prune</c> deletes, where only the live object is known (tests, <c>diff</c>).</summary>
    public static PruneCandidate Of(KubeObject live)
    {
        var source = new SourceLocation("(inventory)", 0);
        return new(live, source, PruneVerdict.Prune, null) { Options = SyncOptionParser.ParseAnnotation(live, source, new List<Diagnostics.Diagnostic>()) };
    }
}
