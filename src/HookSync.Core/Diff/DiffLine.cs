namespace HookSync.Core.Diff;

/// <summary>One line of a hunk, without its <c>+</c>/<c>-</c>/space marker.</summary>
public readonly record struct DiffLine(DiffLineKind Kind, string Text)
{
    /// <summary>The line as a unified diff prints it.</summary>
    public override string ToString() => Kind switch
    {
        DiffLineKind.Added => "+" + Text,
        DiffLineKind.Removed => "-" + Text,
        _ => " " + Text,
    };
}
