namespace HookSync.CiPlatforms;

/// <summary>
/// Help-text fragments that name the platforms. Option attributes need constants, so these cannot be built from the composed
/// platform list; update them when adding a platform.
/// </summary>
public static class PlatformHelp
{
    /// <summary>The <c>--ci</c> values in words.</summary>
    public const string Choices =
        CiPlatformResolver.Auto + ", " + GitHubActions.PlatformName + ", " + GitLabCi.PlatformName + " or " + LocalConsole.PlatformName;

    /// <summary>The variables <c>--workspace</c> defaults to, in the order they are tried.</summary>
    public const string WorkspaceVariables = GitHubActions.WorkspaceVariable + ", else " + GitLabCi.ProjectDirVariable;

    /// <summary>Where <c>--artifacts-dir</c> defaults to on each platform.</summary>
    public const string ArtifactsDefaults =
        "$" + GitHubActions.RunnerTempVariable + "/hooksync on " + GitHubActions.PlatformName + ", $" + GitLabCi.ProjectDirVariable + "/hooksync on "
        + GitLabCi.PlatformName + ", none locally";
}
