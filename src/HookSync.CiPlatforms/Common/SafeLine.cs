using HookSync.Core.Model;

namespace HookSync.CiPlatforms.Common;

/// <summary>
/// The last guard before a line reaches a CI log. GitHub's runner runs any line that starts (after white space) with
/// <c>::</c>, or <c>##[</c> in the legacy form, as a workflow command; GitLab and terminals act on ESC sequences. A line
/// HookSync did not build as a command therefore gets its control characters made visible and, if it would still start
/// a command, a visible prefix.
/// </summary>
public static class SafeLine
{
    /// <summary>Put before a line that would otherwise start a workflow command.</summary>
    public const string CommandPrefix = "› ";

    /// <summary>The line as it may be printed: no control characters, and never the start of a workflow command.</summary>
    public static string Of(string line)
    {
        var visible = DisplayText.Visible(line);
        var start = visible.TrimStart();
        return start.StartsWith("::", StringComparison.Ordinal) || start.StartsWith("##[", StringComparison.Ordinal)
            ? CommandPrefix + visible
            : visible;
    }
}
