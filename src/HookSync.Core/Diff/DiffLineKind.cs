namespace HookSync.Core.Diff;

/// <summary>A line of a unified diff: kept, only in the desired object, or only in the live one.</summary>
public enum DiffLineKind
{
    Context,
    Added,
    Removed,
}
