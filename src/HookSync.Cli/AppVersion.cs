using System.Reflection;

namespace HookSync.Cli;

/// <summary>The version printed by <c>hooksync version</c> and in report headers.</summary>
internal static class AppVersion
{
    public static string Text { get; } =
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is { } v
            ? v.Split('+') is [var semver, var commit, ..] ? $"{semver} ({commit[..Math.Min(7, commit.Length)]})" : v
            : "0.0.0";
}
