using System.Globalization;
using HookSync.Core.Hooks;

namespace HookSync.Core.Planning;

/// <summary>Names <c>generateName</c> hooks as Argo CD does (rule X4), so names are stable for a run and differ per phase and run.</summary>
public static class HookNamer
{
    /// <summary><c>generateName</c> + lower-case <c>&lt;rev7&gt;-&lt;phase&gt;-&lt;startUnixSeconds&gt;</c>.</summary>
    public static string Name(string generateName, string revision, SyncPhase phase, DateTimeOffset startedAt)
    {
        // X4: the first 7 characters when the revision has 8 or more, else the whole revision
        // (TestUnnamedHooksGetUniqueNames: "foobarb-presync-…" and "foobar-presync-…").
        var rev = revision.Length >= 8 ? revision[..7] : revision;
        var suffix = string.Create(CultureInfo.InvariantCulture, $"{rev}-{phase}-{startedAt.ToUnixTimeSeconds()}");
        return generateName + suffix.ToLowerInvariant();
    }
}
