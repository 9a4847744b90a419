namespace HookSync.Core.Diff;

/// <summary>What the next sync would do to one object, as <c>hooksync diff</c> found it.</summary>
public enum DiffAction
{
    /// <summary>The object does not exist yet.</summary>
    Create,
    /// <summary>The object exists and the server-side dry-run changes it.</summary>
    Update,
    /// <summary>The object exists and the dry-run leaves it as it is (after normalisation).</summary>
    Unchanged,
    /// <summary>The object left the manifests and will be deleted.</summary>
    Prune,
    /// <summary>The server refused the dry-run (an invalid object, a kind it does not serve): the sync would fail on it.</summary>
    Rejected,
}
