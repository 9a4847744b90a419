using HookSync.Simulator.Scripting;

namespace HookSync.Simulator;

/// <summary>Whether a <c>--simulate-fail KIND/NAME</c> target names an object, by the same rule the simulator applies.</summary>
public static class FailTarget
{
    /// <summary>True when <paramref name="target"/> (KIND/NAME, kind case-insensitive, NAME a name or a generateName prefix) names the object.</summary>
    public static bool Matches(string target, string kind, string name, string? generateName)
    {
        var parts = target.Split('/', 2);
        return parts.Length == 2 && TargetName.KindMatches(parts[0].Trim(), kind) && TargetName.Matches(parts[1].Trim(), name, generateName);
    }
}
