using HookSync.Core.Ports;

namespace HookSync.CiPlatforms;

/// <summary>Chooses the reporting platform for <c>--ci auto|github|gitlab|none</c>.</summary>
public static class CiPlatformResolver
{
    public const string Auto = "auto";

    /// <summary>The valid <c>--ci</c> values, for help texts and error messages.</summary>
    public static IReadOnlyList<string> Choices { get; } =
        [Auto, GitHubActions.PlatformName, GitLabCi.PlatformName, LocalConsole.PlatformName];

    /// <summary>Auto picks the first active of GitHub and GitLab, else the console; a name picks that platform whatever the environment.</summary>
    /// <exception cref="ArgumentException">The choice is not one of <see cref="Choices"/>.</exception>
    public static ICiPlatform Resolve(string choice, IEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        switch (choice?.Trim().ToLowerInvariant())
        {
            case Auto:
                ICiPlatform[] detectable = [new GitHubActions(), new GitLabCi()];
                return detectable.FirstOrDefault(p => p.IsActive(env)) ?? new LocalConsole();
            case GitHubActions.PlatformName:
                return new GitHubActions();
            case GitLabCi.PlatformName:
                return new GitLabCi();
            case LocalConsole.PlatformName:
                return new LocalConsole();
            default:
                throw new ArgumentException(
                    $"unknown --ci value '{choice}'; valid values are {string.Join(", ", Choices)}", nameof(choice));
        }
    }
}
