using HookSync.Core.Ports;

namespace HookSync.CiPlatforms;

/// <summary>
/// Chooses the reporting platform for <c>--ci</c> and answers the questions asked of every platform at once. The platforms come
/// from the composition root, in detection order, the always-active console last.
/// </summary>
public sealed class CiPlatformResolver
{
    public const string Auto = "auto";

    private readonly IReadOnlyList<ICiPlatform> _platforms;

    public CiPlatformResolver(IReadOnlyList<ICiPlatform> platforms)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        if (platforms.Count == 0)
        {
            throw new ArgumentException("at least one platform (the console) is needed", nameof(platforms));
        }
        _platforms = platforms;
        Choices = [Auto, .. platforms.Select(p => p.Name)];
    }

    /// <summary>The valid <c>--ci</c> values, for help texts and error messages.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>Auto picks the first active platform (the last one is the fallback); a name picks that platform whatever the environment.</summary>
    /// <exception cref="ArgumentException">The choice is not one of <see cref="Choices"/>.</exception>
    public ICiPlatform Resolve(string choice, IEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var wanted = choice?.Trim().ToLowerInvariant();
        if (wanted == Auto)
        {
            return _platforms.FirstOrDefault(p => p.IsActive(env)) ?? _platforms[^1];
        }
        return _platforms.FirstOrDefault(p => p.Name == wanted)
            ?? throw new ArgumentException($"unknown --ci value '{choice}'; valid values are {string.Join(", ", Choices)}", nameof(choice));
    }

    /// <summary>
    /// The checkout directory the first platform that names one gives, or null. Every platform is asked, not only the chosen
    /// one, so <c>--ci none</c> on a runner still reads the runner's checkout.
    /// </summary>
    public string? WorkspaceDirectory(IEnvironment env) =>
        _platforms.Select(p => p.WorkspaceDirectory(env)).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>The repository name the first platform that names one gives, or null; asked of every platform, as above.</summary>
    public string? RepositoryName(IEnvironment env) =>
        _platforms.Select(p => p.RepositoryName(env)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The job's URL from the first platform that gives one, or null; asked of every platform, as above.</summary>
    public string? RunUrl(IEnvironment env) =>
        _platforms.Select(p => p.RunUrl(env)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
