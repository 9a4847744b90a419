using HookSync.Core.Diff;

namespace HookSync.CiPlatforms.Console;

/// <summary>The colour of each kind of diff line on a terminal: additions green, removals red, hunk headers cyan, object headers bold.</summary>
internal static class DiffConsoleText
{
    public static string? ColourOf(DiffLineStyle style) => style switch
    {
        DiffLineStyle.ObjectHeader => Ansi.Bold,
        DiffLineStyle.FileHeader => Ansi.Bold,
        DiffLineStyle.HunkHeader => Ansi.Cyan,
        DiffLineStyle.Added => Ansi.Green,
        DiffLineStyle.Removed => Ansi.Red,
        _ => null,
    };
}
