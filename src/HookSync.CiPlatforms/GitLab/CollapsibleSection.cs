using HookSync.Core.Hooks;

namespace HookSync.CiPlatforms.GitLab;

/// <summary>GitLab's collapsible log section markers; the <c>0</c> in <c>ESC[0K</c> is mandatory.</summary>
internal static class CollapsibleSection
{
    private const string EraseLine = "\u001b[0K";

    /// <summary>The section name for a phase: <c>hooksync_presync</c> (only <c>[a-z0-9_.-]</c>).</summary>
    public static string NameOf(SyncPhase phase) => "hooksync_" + phase.ToString().ToLowerInvariant();

    public static string Start(string name, long unixSeconds, string header, bool collapsed = false) =>
        $"{EraseLine}section_start:{unixSeconds}:{name}[collapsed={(collapsed ? "true" : "false")}]\r{EraseLine}{header}";

    public static string End(string name, long unixSeconds) =>
        $"{EraseLine}section_end:{unixSeconds}:{name}\r{EraseLine}";
}
