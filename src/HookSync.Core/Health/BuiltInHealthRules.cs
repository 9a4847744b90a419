namespace HookSync.Core.Health;

/// <summary>The built-in rules of the H3 table, one per kind.</summary>
public static class BuiltInHealthRules
{
    public static IReadOnlyList<IHealthRule> All { get; } = [];
}
