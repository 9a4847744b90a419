namespace HookSync.Core.Diff;

/// <summary>How a printed diff line may be coloured on a terminal; the text is the same with or without colour.</summary>
public enum DiffLineStyle
{
    Plain,
    /// <summary>The line that names an object and its action.</summary>
    ObjectHeader,
    /// <summary><c>---</c>/<c>+++</c> file headers.</summary>
    FileHeader,
    HunkHeader,
    Added,
    Removed,
}
