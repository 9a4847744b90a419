namespace HookSync.Core.Diff;

/// <summary>A unified-diff hunk: 1-based start lines and line counts in the old (live) and new (desired) text.</summary>
public sealed record DiffHunk(int OldStart, int OldCount, int NewStart, int NewCount, IReadOnlyList<DiffLine> Lines)
{
    /// <summary>The <c>@@ -a,b +c,d @@</c> header; an empty side starts at 0, as GNU diff prints it.</summary>
    public string Header => $"@@ -{Range(OldStart, OldCount)} +{Range(NewStart, NewCount)} @@";

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{(count == 0 ? start - 1 : start)},{count}";
}
