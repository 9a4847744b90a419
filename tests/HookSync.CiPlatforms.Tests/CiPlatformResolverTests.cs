using HookSync.CiPlatforms.Tests.Kit;

namespace HookSync.CiPlatforms.Tests;

public sealed class CiPlatformResolverTests
{
    private static readonly CiPlatformResolver Platforms = new([new GitHubActions(), new GitLabCi(), new LocalConsole()]);

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

        var platform = Platforms.Resolve("auto", new FakeEnvironment(variables));

        Assert.Equal(expected, platform.Name);
    }

    [Theory]
    [InlineData("github", typeof(GitHubActions))]
    [InlineData("gitlab", typeof(GitLabCi))]
    [InlineData("none", typeof(LocalConsole))]
    [InlineData("GitHub", typeof(GitHubActions))]
    public void Resolve_ExplicitChoice_IgnoresEnvironment(string choice, Type expected)
    {
        var platform = Platforms.Resolve(choice, new FakeEnvironment(new Dictionary<string, string> { ["GITLAB_CI"] = "true" }));

        Assert.IsType(expected, platform);
    }

    [Fact]
    public void Resolve_UnknownChoice_ThrowsWithValidValues()
    {
        var error = Assert.Throws<ArgumentException>(() => Platforms.Resolve("jenkins", new FakeEnvironment()));

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

    [Theory]
    [InlineData("/gh/ws", "/gl/ws", "/gh/ws")]
    [InlineData("", "/gl/ws", "/gl/ws")]
    [InlineData(null, null, null)]
    public void WorkspaceDirectory_AsksEveryPlatformInOrder(string? github, string? gitlab, string? expected)
    {
        var variables = new Dictionary<string, string>();
        if (github is not null)
        {
            variables["GITHUB_WORKSPACE"] = github;
        }
        if (gitlab is not null)
        {
            variables["CI_PROJECT_DIR"] = gitlab;
        }

        Assert.Equal(expected, Platforms.WorkspaceDirectory(new FakeEnvironment(variables)));
    }

    [Theory]
    [InlineData("acme/shop", "group/shop", "acme/shop")]
    [InlineData(" ", "group/shop", "group/shop")]
    public void RepositoryName_SkipsBlankValues(string github, string gitlab, string expected)
    {
        var env = new FakeEnvironment(new Dictionary<string, string> { ["GITHUB_REPOSITORY"] = github, ["CI_PROJECT_PATH"] = gitlab });

        Assert.Equal(expected, Platforms.RepositoryName(env));
    }

    [Fact]
    public void DefaultReportPath_OnlyWhereThePlatformKeepsFiles()
    {
        var env = new FakeEnvironment(new Dictionary<string, string> { ["RUNNER_TEMP"] = "/tmp/runner", ["CI_PROJECT_DIR"] = "/builds/shop" });

        Assert.Equal(Path.Combine("/tmp/runner", "hooksync-report.json"), new GitHubActions().DefaultReportPath(env));
        Assert.Equal(Path.Combine("/builds/shop", "hooksync-report.json"), new GitLabCi().DefaultReportPath(env));
        Assert.Null(new LocalConsole().DefaultReportPath(env));
        Assert.Null(new GitHubActions().DefaultReportPath(new FakeEnvironment()));
    }
}
