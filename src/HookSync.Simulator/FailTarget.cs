using HookSync.Simulator.Scripting;

namespace HookSync.Simulator;

/// <summary>Whether a <c>--simulate-fail KIND/NAME</c> target names an object, by the same rule the simulator applies.</summary>
public static class FailTarget
{
    /// <summary>True when <paramref name="target"/> (KIND/NAME, kind case-insensitive, NAME a name or a generateName prefix) names the object.</summary>
    public static bool Matches(string target, string kind, string name, string? generateName) =>
        Parse(target) is { } t && TargetName.KindMatches(t.Kind, kind) && TargetName.Matches(t.Name, name, generateName);

    /// <summary>The causes a target may name after <c>=</c>, for help texts and errors.</summary>
    public static IReadOnlyList<string> CauseNames { get; } = Enum.GetNames<SimulatedCause>();

    /// <summary>Splits <c>KIND/NAME[=CAUSE]</c>; null when it has no slash or names an unknown cause.</summary>
    public static (string Kind, string Name, SimulatedCause? Cause)? Parse(string target)
    {
        var (spec, causeText) = target.Split('=', 2) is [var s, var c] ? (s, c.Trim()) : (target, null);
        var parts = spec.Split('/', 2);
        if (parts.Length != 2)
        {
            return null;
        }
        SimulatedCause? cause = null;
        if (causeText is not null)
        {
            if (!Enum.TryParse<SimulatedCause>(causeText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return null;
            }
            cause = parsed;
        }
        return (parts[0].Trim(), parts[1].Trim(), cause);
    }

    /// <summary>True when the text after <c>=</c> (if any) names a known cause.</summary>
    public static bool IsValid(string target) => Parse(target) is not null;
}
