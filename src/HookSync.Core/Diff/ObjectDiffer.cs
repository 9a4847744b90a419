using HookSync.Core.Model;

namespace HookSync.Core.Diff;

/// <summary>Compares one object's desired state (the dry-run's answer) with its live state, both normalised (DF-1) and masked (DF-2).</summary>
public static class ObjectDiffer
{
    /// <param name="desired">The object as the sync would leave it; null for a prune.</param>
    /// <param name="live">The object in the cluster; null when it does not exist.</param>
    /// <param name="identity">Whose identity the entry carries (desired, else live).</param>
    /// <param name="source">The manifest, or null for a prune.</param>
    /// <param name="note">Shown with the entry, or null.</param>
    public static ObjectDiff Compare(KubeObject? desired, KubeObject? live, KubeObject identity, SourceLocation? source, string? note = null)
    {
        var secret = DiffNormalizer.IsSecret(identity);
        var desiredJson = desired is null ? null : DiffNormalizer.Normalize(desired);
        var liveJson = live is null ? null : DiffNormalizer.Normalize(live);
        if (secret)
        {
            SecretMask.Apply(desiredJson, liveJson);
        }
        var oldLines = liveJson is null ? [] : YamlText.Lines(liveJson);
        var newLines = desiredJson is null ? [] : YamlText.Lines(desiredJson);
        var hunks = LineDiff.Hunks(oldLines, newLines);
        var action = (desired, live) switch
        {
            (null, _) => DiffAction.Prune,
            (_, null) => DiffAction.Create,
            _ => hunks.Count == 0 ? DiffAction.Unchanged : DiffAction.Update,
        };
        return new ObjectDiff(identity.Gvk, identity.Namespace, identity.Name, action, source, hunks, note);
    }

    /// <summary>An entry for an object the server would not dry-run: no diff, the reason as its note.</summary>
    public static ObjectDiff Rejected(KubeObject identity, SourceLocation source, string reason) =>
        new(identity.Gvk, identity.Namespace, identity.Name, DiffAction.Rejected, source, [], reason);
}
