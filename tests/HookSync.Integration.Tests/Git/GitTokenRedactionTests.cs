using HookSync.Core.Ports;
using HookSync.Git;

namespace HookSync.Integration.Tests.Git;

public sealed class GitTokenRedactionTests
{
    private const string Token = "s3cr3t-token-value";

    [Fact]
    public async Task OpenAsync_FailingCloneWithToken_MessageNamesUrlAndRefButNotToken()
    {
        var tempRoot = NewTempRoot();
        var url = "file:///nonexistent-hooksync-" + Guid.NewGuid().ToString("N");
        try
        {
            var error = await Assert.ThrowsAsync<WorkspaceException>(() => new GitWorkspaceProvider(new GitWorkspaceOptions(tempRoot))
                .OpenAsync(new WorkspaceRequest(tempRoot, url, "main", Token), CancellationToken.None));

            Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
            Assert.Null(error.InnerException);
            Assert.StartsWith($"cannot clone {url} at ref 'main': ", error.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.GetDirectories(tempRoot));
        }
        finally
        {
            Directory.Delete(tempRoot, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_TokenInUrlUserInfo_StrippedFromMessage()
    {
        var tempRoot = NewTempRoot();
        try
        {
            // Port 9 (discard) is closed here, so the clone fails fast with "connection refused".
            var url = $"https://deploy:{Token}@127.0.0.1:9/org/app.git";

            var error = await Assert.ThrowsAsync<WorkspaceException>(() => new GitWorkspaceProvider(new GitWorkspaceOptions(tempRoot))
                .OpenAsync(new WorkspaceRequest(tempRoot, url), CancellationToken.None));

            Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("deploy", error.Message, StringComparison.Ordinal);
            Assert.Contains("https://127.0.0.1:9/org/app.git", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(tempRoot, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_ServerAsksForAuth_TokenSentAsPasswordButNotInMessage()
    {
        var tempRoot = NewTempRoot();
        using var server = new AuthChallengeServer();
        try
        {
            var url = server.BaseUrl + "group/app.git";

            var error = await Assert.ThrowsAsync<WorkspaceException>(() => new GitWorkspaceProvider(new GitWorkspaceOptions(tempRoot))
                .OpenAsync(new WorkspaceRequest(tempRoot, url, "v2", Token), CancellationToken.None));

            // Not a GitHub host, so the GitLab-style user name is used.
            Assert.Equal("oauth2:" + Token, server.ReceivedCredentials);
            Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
            Assert.StartsWith($"cannot clone {url} at ref 'v2': ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(tempRoot, recursive: true);
        }
    }

    [Theory]
    [InlineData("https://github.com/org/app.git", "x-access-token")]
    [InlineData("https://github.example.com/org/app.git", "x-access-token")]
    [InlineData("https://gitlab.com/group/app.git", "oauth2")]
    [InlineData("https://gitlab-ci-token@gitlab.com/group/app.git", "gitlab-ci-token")]
    public void TokenUserName_Host_PicksPlatformUserName(string url, string expected)
    {
        Assert.Equal(expected, CloneSource.Parse(url).TokenUserName());
    }

    [Fact]
    public void Parse_UrlWithEscapedPassword_SplitsAndStripsUserInfo()
    {
        var source = CloneSource.Parse("https://me:p%40ss@example.com/a.git");

        Assert.Equal("https://example.com/a.git", source.FetchUrl);
        Assert.Equal("me", source.UserName);
        Assert.Equal("p@ss", source.Password);
    }

    [Fact]
    public void Scrub_SecretPlainAndEscaped_BothMasked()
    {
        var scrubber = new SecretScrubber("a/b c", null);

        Assert.Equal("x *** y ***", scrubber.Scrub("x a/b c y " + Uri.EscapeDataString("a/b c")));
    }

    private static string NewTempRoot()
    {
        var path = Path.Combine(Path.GetTempPath(), "hooksync-gittest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }
}
