using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Model;
using HookSync.Testing;

namespace HookSync.CiPlatforms.Tests;

/// <summary>Every file:line links to the source at the synced revision, in each platform's URL format; hostile parts give no link.</summary>
public sealed class SourceLinkTests
{
    private const string Sha = Reports.Revision;

    private static readonly DictionaryEnvironment GitHubEnv = new(new Dictionary<string, string>
    {
        ["GITHUB_SERVER_URL"] = "https://github.com", ["GITHUB_REPOSITORY"] = "acme/shop",
    });

    private static readonly DictionaryEnvironment GitLabEnv = new(new Dictionary<string, string>
    {
        ["CI_PROJECT_URL"] = "https://gitlab.example.com/group/sub/shop",
    });

    [Fact]
    public void GitHub_LinksBlobAtShaAndLine()
    {
        Assert.Equal($"https://github.com/acme/shop/blob/{Sha}/deploy/hooks.yaml#L12",
            new GitHubActions().SourceUrl(GitHubEnv, Sha, new SourceLocation("deploy/hooks.yaml", 12)));
    }

    [Fact]
    public void GitLab_LinksDashBlobAtShaAndLine()
    {
        Assert.Equal($"https://gitlab.example.com/group/sub/shop/-/blob/{Sha}/deploy/hooks.yaml#L3",
            new GitLabCi().SourceUrl(GitLabEnv, Sha, new SourceLocation("deploy/hooks.yaml", 3)));
    }

    [Fact]
    public void LocalConsole_HasNoLinks() =>
        Assert.Null(((Core.Ports.ICiPlatform)new LocalConsole()).SourceUrl(GitHubEnv, Sha, new SourceLocation("a.yaml", 1)));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("a/./b.yaml")]
    [InlineData("a//b.yaml")]
    [InlineData("a\\..\\b.yaml")]
    [InlineData("a\nb.yaml")]
    public void HostilePath_NoLink(string file) =>
        Assert.Null(new GitHubActions().SourceUrl(GitHubEnv, Sha, new SourceLocation(file, 1)));

    [Theory]
    [InlineData("main")]
    [InlineData("HEAD")]
    [InlineData("3f2a1b7c/../x")]
    [InlineData("")]
    public void RevisionThatIsNoCommitId_NoLink(string revision) =>
        Assert.Null(new GitHubActions().SourceUrl(GitHubEnv, revision, new SourceLocation("a.yaml", 1)));

    [Theory]
    [InlineData("javascript:alert(1)//")]
    [InlineData("https://user:pass@github.com")]
    [InlineData("github.com")]
    [InlineData("https://github.com?x=1")]
    public void HostileServer_NoLink(string server)
    {
        var env = new DictionaryEnvironment(new Dictionary<string, string> { ["GITHUB_SERVER_URL"] = server, ["GITHUB_REPOSITORY"] = "acme/shop" });
        Assert.Null(new GitHubActions().SourceUrl(env, Sha, new SourceLocation("a.yaml", 1)));
    }

    [Fact]
    public void HostileRepository_NoLink()
    {
        var env = new DictionaryEnvironment(new Dictionary<string, string> { ["GITHUB_SERVER_URL"] = "https://github.com", ["GITHUB_REPOSITORY"] = "acme/../evil" });
        Assert.Null(new GitHubActions().SourceUrl(env, Sha, new SourceLocation("a.yaml", 1)));
    }

    [Fact]
    public void SpecialCharactersInFileNames_AreEscapedPerSegment()
    {
        Assert.Equal($"https://github.com/acme/shop/blob/{Sha}/k8s/a%20b%23c%3F%28x%29.yaml#L7",
            new GitHubActions().SourceUrl(GitHubEnv, Sha, new SourceLocation("k8s/a b#c?(x).yaml", 7)));
    }
}
