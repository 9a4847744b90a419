using HookSync.CiPlatforms.Tests.Kit;

namespace HookSync.CiPlatforms.Tests;

public sealed class CiPlatformResolverTests
{
    [Theory]
    [InlineData("true", null, "github")]
    [InlineData(null, "true", "gitlab")]
    [InlineData("true", "true", "github")]
    [InlineData(null, null, "none")]
    [InlineData("false", "false", "none")]
    [InlineData("TRUE", null, "none")]
    public void Resolve_Auto_PicksFirstActivePlatformElseConsole(string? github, string? gitlab, string expected)
    {
        var variables = new Dictionary<string, string>();
        if (github is not null)
        {
            variables["GITHUB_ACTIONS"] = github;
        }
        if (gitlab is not null)
        {
            variables["GITLAB_CI"] = gitlab;
        }

        var platform = CiPlatformResolver.Resolve("auto", new FakeEnvironment(variables));

        Assert.Equal(expected, platform.Name);
    }

    [Theory]
    [InlineData("github", typeof(GitHubActions))]
    [InlineData("gitlab", typeof(GitLabCi))]
    [InlineData("none", typeof(LocalConsole))]
    [InlineData("GitHub", typeof(GitHubActions))]
    public void Resolve_ExplicitChoice_IgnoresEnvironment(string choice, Type expected)
    {
        var platform = CiPlatformResolver.Resolve(choice, new FakeEnvironment(new Dictionary<string, string> { ["GITLAB_CI"] = "true" }));

        Assert.IsType(expected, platform);
    }

    [Fact]
    public void Resolve_UnknownChoice_ThrowsWithValidValues()
    {
        var error = Assert.Throws<ArgumentException>(() => CiPlatformResolver.Resolve("jenkins", new FakeEnvironment()));

        Assert.Contains("jenkins", error.Message, StringComparison.Ordinal);
        Assert.Contains("auto, github, gitlab, none", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalConsole_AnyEnvironment_IsActive()
    {
        Assert.True(new LocalConsole().IsActive(new FakeEnvironment()));
        Assert.False(new GitHubActions().IsActive(new FakeEnvironment()));
        Assert.False(new GitLabCi().IsActive(new FakeEnvironment()));
    }
}
