using HookSync.Testing;
using HookSync.Testing.Review;

namespace HookSync.Cli.Tests;

/// <summary><c>hooksync comment</c> in process against the strict local REST server: create, update in place, never fail the job.</summary>
public sealed class CommentCommandTests : IDisposable
{
    private const string Token = "ghp_hostTestTokenValue123456789";
    private readonly ReviewApiServer _server = new(Token);
    private readonly TempWorkspace _workspace = new();

    public void Dispose()
    {
        _server.Dispose();
        _workspace.Dispose();
    }

    private AppFixture GitHub(string token = Token)
    {
        var app = new AppFixture();
        app.Environment["GITHUB_ACTIONS"] = "true";
        app.Environment["GITHUB_OUTPUT"] = Path.Combine(_workspace.Root, "github-output");
        app.Environment["GITHUB_REPOSITORY"] = _server.Repository;
        app.Environment["GITHUB_REF"] = $"refs/pull/{_server.PullRequest}/merge";
        app.Environment["GITHUB_API_URL"] = _server.GitHubApiUrl;
        app.Environment["GITHUB_TOKEN"] = token;
        return app;
    }

    private AppFixture GitLab()
    {
        var app = new AppFixture();
        app.Environment["GITLAB_CI"] = "true";
        app.Environment["CI_API_V4_URL"] = _server.GitLabApiUrl;
        app.Environment["CI_PROJECT_ID"] = "42";
        app.Environment["CI_MERGE_REQUEST_IID"] = "3";
        app.Environment["HOOKSYNC_GITLAB_TOKEN"] = Token;
        return app;
    }

    [Fact]
    public async Task Comment_PullRequest_CreatesThenUpdatesTheSameComment()
    {
        var first = await GitHub().RunAsync("comment", "examples/webapp", "--revision", "abc1234", "--app", "webapp");
        var second = await GitHub().RunAsync("comment", "examples/webapp", "--revision", "abc1234", "--app", "webapp");

        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        Assert.Equal(0, second.ExitCode);
        var comment = Assert.Single(_server.GitHubComments);
        Assert.StartsWith("<!-- hooksync-review app=webapp -->\n### HookSync plan for webapp", comment.Body, StringComparison.Ordinal);
        Assert.Contains("Job/webapp-migrate-", comment.Body, StringComparison.Ordinal);
        Assert.Contains("HS8175", first.Out + first.Error, StringComparison.Ordinal);
        Assert.Contains($"created comment {comment.Id}", first.Out, StringComparison.Ordinal);
        Assert.Contains($"updated comment {comment.Id}", second.Out, StringComparison.Ordinal);
        Assert.Equal($"PATCH /github/repos/octo/app/issues/comments/{comment.Id}", _server.Requests[^1]);
        Assert.DoesNotContain(Token, first.Out + first.Error + second.Out + second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_WithADiffFile_ShowsTheDiff()
    {
        var diff = _workspace.Write("diff.txt", "--- live\n+++ planned\n-replicas: 1\n+replicas: 3\n");

        var result = await GitHub().RunAsync("comment", "examples/webapp", "--revision", "abc1234", "--diff-file", diff);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("```diff\n--- live\n+++ planned\n-replicas: 1\n+replicas: 3\n```", Assert.Single(_server.GitHubComments).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_TokenWithoutPermission_WarnsWithTheFixAndKeepsTheExitCode()
    {
        _server.ReadOnlyToken = "ghs_readOnlyHostTokenValue00";

        var result = await GitHub(_server.ReadOnlyToken).RunAsync("comment", "examples/webapp", "--revision", "abc1234");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("::warning", result.Out, StringComparison.Ordinal);
        Assert.Contains("HTTP 403", result.Out, StringComparison.Ordinal);
        Assert.Contains("pull-requests: write", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.ReadOnlyToken, result.Out + result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.GitHubComments);
    }

    [Fact]
    public async Task Comment_InvalidManifests_ExitCodeStaysThePlans()
    {
        var result = await GitHub().RunAsync("comment", "examples/broken", "--revision", "abc1234");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Plan has errors", Assert.Single(_server.GitHubComments).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_NotOnAPullRequest_SaysSoAndExitsZero()
    {
        var app = GitHub();
        app.Environment["GITHUB_REF"] = "refs/heads/main";

        var result = await app.RunAsync("comment", "examples/webapp", "--revision", "abc1234");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("not for a pull request", result.Out, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Comment_LocalConsole_SaysThereIsNoReviewAndExitsZero()
    {
        var result = await new AppFixture().RunAsync("comment", "examples/webapp", "--revision", "abc1234");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("notice HS8176: comment: no pull or merge request", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_MergeRequest_CreatesThenUpdatesTheNote()
    {
        var first = await GitLab().RunAsync("comment", "examples/webapp", "--revision", "abc1234");
        var second = await GitLab().RunAsync("comment", "examples/webapp", "--revision", "abc1234");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var note = Assert.Single(_server.GitLabNotes);
        Assert.Equal($"PUT /gitlab/api/v4/projects/42/merge_requests/3/notes/{note.Id}", _server.Requests[^1]);
    }

    [Fact]
    public async Task Comment_Print_WritesTheMarkdownAndPostsNothing()
    {
        var result = await GitHub().RunAsync("comment", "examples/webapp", "--revision", "abc1234", "--app", "webapp", "--print");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!-- hooksync-review app=webapp -->", result.Out, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
