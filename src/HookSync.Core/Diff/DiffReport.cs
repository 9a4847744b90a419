using HookSync.Core.Diagnostics;

namespace HookSync.Core.Diff;

/// <summary>The result of <c>hooksync diff</c>: each object in plan order (prunes last), the hooks that would run, the findings.</summary>
public sealed record DiffReport(
    string Revision,
    IReadOnlyList<ObjectDiff> Objects,
    IReadOnlyList<HookPreview> Hooks,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Count(DiffAction action) => Objects.Count(o => o.Action == action);

    /// <summary>True when a sync would change something: a create, an update or a prune (kubectl diff's exit 1).</summary>
    public bool HasDifferences => Objects.Any(o => o.Action is DiffAction.Create or DiffAction.Update or DiffAction.Prune);

    /// <summary>True when the server refused a dry-run: the sync would fail on that object.</summary>
    public bool HasRejections => Objects.Any(o => o.Action == DiffAction.Rejected);

    /// <summary><c>1 to create, 1 to update, 2 unchanged, 1 to prune</c> (and rejections when any), then the hooks.</summary>
    public string CountsText()
    {
        var text = $"{Count(DiffAction.Create)} to create, {Count(DiffAction.Update)} to update, {Count(DiffAction.Unchanged)} unchanged, "
            + $"{Count(DiffAction.Prune)} to prune";
        if (HasRejections)
        {
            text += $", {Count(DiffAction.Rejected)} rejected by the server";
        }
        return text + $"; {Hooks.Count} hook{(Hooks.Count == 1 ? string.Empty : "s")} will run";
    }
}
