using HookSync.CiPlatforms.GitHub;
using HookSync.CiPlatforms.GitLab;
using HookSync.CiPlatforms.Review;
using HookSync.Core.Ports;
using HookSync.Testing;
using HookSync.Testing.Review;

namespace HookSync.CiPlatforms.Tests.Review;

/// <summary>The GitHub and GitLab comment clients against a strict local REST server (status codes, pagination, tokens).</summary>
public sealed class ReviewCommenterTests : IDisposable
{
    private const string Token = "ghp_s3cr3tTokenValue0123456789";
    private const string Marker = "<!-- hooksync-review app=webapp -->";

    private readonly ReviewApiServer _server = new(Token);
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    private DictionaryEnvironment GitHubPullRequest(string? token = Token) =>
        new DictionaryEnvironment()
            .With("GITHUB_ACTIONS", "true")
            .With("GITHUB_REPOSITORY", _server.Repository)
            .With("GITHUB_REF", $"refs/pull/{_server.PullRequest}/merge")
            .With("GITHUB_API_URL", _server.GitHubApiUrl)
            .With("GITHUB_TOKEN", token ?? string.Empty);

    private DictionaryEnvironment GitLabMergeRequest(string? token = Token) =>
        new DictionaryEnvironment()
            .With("GITLAB_CI", "true")
            .With("CI_API_V4_URL", _server.GitLabApiUrl)
            .With("CI_PROJECT_ID", _server.Project.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("CI_MERGE_REQUEST_IID", _server.MergeRequest.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("HOOKSYNC_GITLAB_TOKEN", token ?? string.Empty);

    private Task<ReviewCommentResult> GitHubAsync(IEnvironment env, string body = Marker + "\nplan v1") =>
        new GitHubPullRequestCommenter(_http).UpsertAsync(env, Marker, body, CancellationToken.None);

    private Task<ReviewCommentResult> GitLabAsync(IEnvironment env, string body = Marker + "\nplan v1") =>
        new GitLabMergeRequestCommenter(_http).UpsertAsync(env, Marker, body, CancellationToken.None);

    [Fact]
    public async Task GitHub_NoCommentYet_CreatesOne()
    {
        var result = await GitHubAsync(GitHubPullRequest());

        Assert.Equal(ReviewCommentOutcome.Created, result.Outcome);
        var comment = Assert.Single(_server.GitHubComments);
        Assert.Equal(comment.Id, result.CommentId);
        Assert.Equal(Marker + "\nplan v1", comment.Body);
        Assert.Equal(["GET /github/repos/octo/app/issues/7/comments?per_page=100", "POST /github/repos/octo/app/issues/7/comments"], _server.Requests);
    }

    [Fact]
    public async Task GitHub_SecondRun_PatchesTheSameCommentInPlace()
    {
        var first = await GitHubAsync(GitHubPullRequest());

        var second = await GitHubAsync(GitHubPullRequest(), Marker + "\nplan v2");

        Assert.Equal(ReviewCommentOutcome.Updated, second.Outcome);
        Assert.Equal(first.CommentId, second.CommentId);
        var comment = Assert.Single(_server.GitHubComments);
        Assert.Equal(Marker + "\nplan v2", comment.Body);
        Assert.Equal($"PATCH /github/repos/octo/app/issues/comments/{first.CommentId}", _server.Requests[^1]);
    }

    [Fact]
    public async Task GitHub_MarkerOnThe2ndPageOf150Comments_FollowsLinkAndUpdatesIt()
    {
        _server.Seed(130);
        _server.AddGitHubComment(Marker + "\nold plan");
        _server.Seed(20);
        var id = _server.GitHubComments[130].Id;

        var result = await GitHubAsync(GitHubPullRequest());

        Assert.Equal(ReviewCommentOutcome.Updated, result.Outcome);
        Assert.Equal(id, result.CommentId);
        Assert.Equal(151, _server.GitHubComments.Count);
        Assert.Contains(_server.Requests, r => r.EndsWith("/comments?per_page=100&page=2", StringComparison.Ordinal));
        Assert.Equal(Marker + "\nplan v1", _server.GitHubComments[130].Body);
    }

    [Fact]
    public async Task GitHub_TwoApps_GetTwoComments()
    {
        await GitHubAsync(GitHubPullRequest());

        var other = await new GitHubPullRequestCommenter(_http).UpsertAsync(GitHubPullRequest(), ReviewCommentBody.Marker("api"),
            ReviewCommentBody.Marker("api") + "\nplan", CancellationToken.None);

        Assert.Equal(ReviewCommentOutcome.Created, other.Outcome);
        Assert.Equal(2, _server.GitHubComments.Count);
    }

    [Fact]
    public async Task GitHub_TokenWithoutWritePermission_FailsWith403AndSaysWhichPermission()
    {
        _server.ReadOnlyToken = "ghs_readOnlyTokenValue000000";

        var result = await GitHubAsync(GitHubPullRequest(_server.ReadOnlyToken));

        Assert.Equal(ReviewCommentOutcome.Failed, result.Outcome);
        Assert.Equal(403, result.HttpStatus);
        Assert.Contains("pull-requests: write", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.ReadOnlyToken, result.Message, StringComparison.Ordinal);
        Assert.Empty(_server.GitHubComments);
    }

    [Fact]
    public async Task GitHub_WrongToken_FailsWith401()
    {
        var result = await GitHubAsync(GitHubPullRequest("ghp_wrongTokenValue"));

        Assert.Equal(ReviewCommentOutcome.Failed, result.Outcome);
        Assert.Equal(401, result.HttpStatus);
        Assert.DoesNotContain("ghp_wrongTokenValue", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_WrongRepository_FailsWith404()
    {
        var result = await GitHubAsync(GitHubPullRequest().With("GITHUB_REPOSITORY", "octo/other"));

        Assert.Equal(ReviewCommentOutcome.Failed, result.Outcome);
        Assert.Equal(404, result.HttpStatus);
    }

    [Fact]
    public async Task GitHub_NoToken_FailsWithoutARequest()
    {
        var result = await GitHubAsync(GitHubPullRequest(token: null));

        Assert.Equal(ReviewCommentOutcome.Failed, result.Outcome);
        Assert.Contains("GITHUB_TOKEN", result.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GitHub_PushToABranch_IsNotOnAReview()
    {
        var result = await GitHubAsync(GitHubPullRequest().With("GITHUB_REF", "refs/heads/main"));

        Assert.Equal(ReviewCommentOutcome.NotOnReview, result.Outcome);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GitHub_PullRequestNumberFromTheEventFile()
    {
        using var workspace = new TempWorkspace();
        var eventPath = workspace.Write("event.json", """{"action":"synchronize","pull_request":{"number":7}}""");

        var result = await GitHubAsync(GitHubPullRequest().With("GITHUB_REF", "refs/heads/feature").With("GITHUB_EVENT_PATH", eventPath));

        Assert.Equal(ReviewCommentOutcome.Created, result.Outcome);
    }

    [Fact]
    public void GitHub_NextLinkToAnotherHost_IsNotFollowed()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("Link", "<https://evil.example/steal?page=2>; rel=\"next\"");

        Assert.Null(ReviewApi.NextLink(response, new Uri(_server.GitHubApiUrl + "/")));
    }

    [Fact]
    public async Task GitLab_NoNoteYet_CreatesOneWithPrivateToken()
    {
        var result = await GitLabAsync(GitLabMergeRequest());

        Assert.Equal(ReviewCommentOutcome.Created, result.Outcome);
        var note = Assert.Single(_server.GitLabNotes);
        Assert.Equal(note.Id, result.CommentId);
        Assert.Equal("POST /gitlab/api/v4/projects/42/merge_requests/3/notes", _server.Requests[^1]);
    }

    [Fact]
    public async Task GitLab_MarkerOnThe2ndPage_FollowsXNextPageAndPutsInPlace()
    {
        _server.Seed(120);
        _server.AddGitLabNote(Marker + "\nold plan");
        var id = _server.GitLabNotes[^1].Id;

        var first = await GitLabAsync(GitLabMergeRequest());
        var second = await GitLabAsync(GitLabMergeRequest(), Marker + "\nplan v2");

        Assert.Equal(ReviewCommentOutcome.Updated, first.Outcome);
        Assert.Equal(ReviewCommentOutcome.Updated, second.Outcome);
        Assert.Equal(id, second.CommentId);
        Assert.Equal(121, _server.GitLabNotes.Count);
        Assert.Equal(Marker + "\nplan v2", _server.GitLabNotes[^1].Body);
        Assert.Equal($"PUT /gitlab/api/v4/projects/42/merge_requests/3/notes/{id}", _server.Requests[^1]);
        Assert.Contains(_server.Requests, r => r.Contains("page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitLab_ReadOnlyToken_FailsWith403AndSaysWhatTheTokenNeeds()
    {
        _server.ReadOnlyToken = "glpat-readOnlyTokenValue00";

        var result = await GitLabAsync(GitLabMergeRequest(_server.ReadOnlyToken));

        Assert.Equal(ReviewCommentOutcome.Failed, result.Outcome);
        Assert.Equal(403, result.HttpStatus);
        Assert.Contains("api scope", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.ReadOnlyToken, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitLab_WrongProject_FailsWith404()
    {
        var result = await GitLabAsync(GitLabMergeRequest().With("CI_PROJECT_ID", "43"));

        Assert.Equal(404, result.HttpStatus);
    }

    [Fact]
    public async Task GitLab_NoToken_SaysWhichVariable()
    {
        var result = await GitLabAsync(GitLabMergeRequest(token: null));

        Assert.Equal(ReviewCommentOutcome.Failed, result.Outcome);
        Assert.Contains("HOOKSYNC_GITLAB_TOKEN", result.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GitLab_BranchPipeline_IsNotOnAReview()
    {
        var env = new DictionaryEnvironment().With("GITLAB_CI", "true").With("HOOKSYNC_GITLAB_TOKEN", Token);

        var result = await GitLabAsync(env);

        Assert.Equal(ReviewCommentOutcome.NotOnReview, result.Outcome);
    }

    [Fact]
    public async Task Unreachable_Api_IsAFailureNotAnException()
    {
        var env = GitHubPullRequest().With("GITHUB_API_URL", "http://127.0.0.1:1");

        var result = await GitHubAsync(env);

        Assert.Equal(ReviewCommentOutcome.Failed, result.Outcome);
        Assert.Null(result.HttpStatus);
    }
}
