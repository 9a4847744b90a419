namespace HookSync.Simulator.Scripting;

/// <summary>How a <c>KIND/NAME</c> target names an object: its metadata.name, or a prefix of its generateName.</summary>
internal static class TargetName
{
    public static bool Matches(string target, string name, string? generateName) =>
        string.Equals(target, name, StringComparison.Ordinal)
        || (!string.IsNullOrEmpty(generateName) && target.Length > 0 && generateName.StartsWith(target, StringComparison.Ordinal));

    public static bool KindMatches(string targetKind, string kind) => string.Equals(targetKind, kind, StringComparison.OrdinalIgnoreCase);
}
