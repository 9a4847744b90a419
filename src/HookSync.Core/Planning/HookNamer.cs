using System.Globalization;
using HookSync.Core.Hooks;

namespace HookSync.Core.Planning;

/// <summary>Names <c>generateName</c> hooks as Argo CD does (rule X4), so names are stable for a run and differ per phase and run.</summary>
public static class HookNamer
{
    /// <summary>What <c>plan</c> shows in place of the Unix seconds (see <see cref="PlanContext.TimePlaceholder"/>).</summary>
    public const string TimePlaceholder = "{unix-time}";

    /// <summary>
    /// The time a placeholder name is checked with: the largest ten-digit Unix time, so the name-length and name-syntax checks
    /// of a plan are as strict as any sync's until the year 2286.
    /// </summary>
    public static readonly DateTimeOffset PlaceholderCheckTime = DateTimeOffset.FromUnixTimeSeconds(9_999_999_999);

    /// <summary>The name as <c>plan</c> shows it: the time replaced by <see cref="TimePlaceholder"/>.</summary>
    public static string PlaceholderName(string generateName, string revision, SyncPhase phase)
    {
        var name = Name(generateName, revision, phase, PlaceholderCheckTime);
        return name[..^PlaceholderCheckTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture).Length] + TimePlaceholder;
    }

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
