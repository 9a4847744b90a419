using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using HookSync.CiPlatforms.Review;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>
/// The sticky pull-request comment on GitHub, through the REST issue-comments API: list the comments (100 a page, following
/// the <c>Link</c> header), update the one holding the marker with PATCH, else create one with POST.
/// </summary>
public sealed partial class GitHubPullRequestCommenter(HttpClient http) : IReviewCommenter
{
    public const string TokenVariable = "GITHUB_TOKEN";
    public const string ApiUrlVariable = "GITHUB_API_URL";
    public const string EventPathVariable = "GITHUB_EVENT_PATH";
    public const string RefVariable = "GITHUB_REF";
    public const string DefaultApiUrl = "https://api.github.com";

    public string PlatformName => GitHubActions.PlatformName;

    public async Task<ReviewCommentResult> UpsertAsync(IEnvironment environment, string marker, string body, CancellationToken cancellationToken)
    {
        if (PullRequestNumber(environment) is not { } number)
        {
            return new ReviewCommentResult(ReviewCommentOutcome.NotOnReview,
                "this workflow run is not for a pull request (no pull_request event, GITHUB_REF is not refs/pull/N/merge)");
        }
        var repository = environment.Get(GitHubActions.RepositoryVariable);
        if (repository is null || !RepositoryPattern().IsMatch(repository))
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed, "GITHUB_REPOSITORY is not set to owner/name");
        }
        if (ReviewApi.ApiBase(environment.Get(ApiUrlVariable), DefaultApiUrl) is not { } api)
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed, "GITHUB_API_URL is not an http(s) URL");
        }
        var token = environment.Get(TokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed,
                "GITHUB_TOKEN is not set; add `env: GITHUB_TOKEN: ${{ github.token }}` to the step and `permissions: pull-requests: write` to the job");
        }
        void Authorize(HttpRequestHeaders headers)
        {
            headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
            headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
            headers.Add("X-GitHub-Api-Version", "2022-11-28");
        }
        var where = $"pull request #{number} of {repository}";
        var escaped = string.Join('/', repository.Split('/').Select(Uri.EscapeDataString));
        return await ReviewApi.GuardAsync($"commenting on {where}", async () =>
        {
            Uri? page = new(api, $"repos/{escaped}/issues/{number}/comments?per_page=100");
            long? existing = null;
            for (var pages = 0; page is not null && existing is null && pages < ReviewApi.MaxPages; pages++)
            {
                using var listed = await http.SendAsync(ReviewApi.Request(HttpMethod.Get, page, Authorize), cancellationToken);
                if (!listed.IsSuccessStatusCode)
                {
                    return ReviewApi.HttpFailure($"listing the comments of {where}", listed.StatusCode, Advice(listed.StatusCode));
                }
                existing = (await ReviewApi.ReadCommentsAsync(listed, cancellationToken)).FirstOrDefault(c => c.Body.Contains(marker, StringComparison.Ordinal))?.Id;
                page = ReviewApi.NextLink(listed, api);
            }
            var (method, target, doing) = existing is { } id
                ? (HttpMethod.Patch, new Uri(api, $"repos/{escaped}/issues/comments/{id}"), $"updating comment {id} on {where}")
                : (HttpMethod.Post, new Uri(api, $"repos/{escaped}/issues/{number}/comments"), $"creating a comment on {where}");
            using var written = await http.SendAsync(ReviewApi.Request(method, target, Authorize, ReviewApi.JsonBody(body)), cancellationToken);
            if (!written.IsSuccessStatusCode)
            {
                return ReviewApi.HttpFailure(doing, written.StatusCode, Advice(written.StatusCode));
            }
            var commentId = await ReviewApi.ReadIdAsync(written, cancellationToken) ?? existing;
            return existing is null
                ? new ReviewCommentResult(ReviewCommentOutcome.Created, $"created comment {commentId} on {where}", commentId)
                : new ReviewCommentResult(ReviewCommentOutcome.Updated, $"updated comment {commentId} on {where}", commentId);
        }, cancellationToken);
    }

    /// <summary>The pull request's number: <c>pull_request.number</c> of the event file, else <c>refs/pull/N/merge</c>.</summary>
    internal static long? PullRequestNumber(IEnvironment environment)
    {
        if (environment.Get(EventPathVariable) is { Length: > 0 } path && File.Exists(path))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("pull_request", out var pr) && pr.ValueKind == JsonValueKind.Object
                    && pr.TryGetProperty("number", out var n) && n.TryGetInt64(out var number) && number > 0)
                {
                    return number;
                }
            }
            catch (JsonException)
            {
                // An unreadable event file says nothing; the ref may still.
            }
            catch (IOException)
            {
            }
        }
        var match = PullRefPattern().Match(environment.Get(RefVariable) ?? string.Empty);
        return match.Success && long.TryParse(match.Groups[1].Value, out var fromRef) ? fromRef : null;
    }

    private static string Advice(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "the token was refused: pass `GITHUB_TOKEN: ${{ github.token }}` (or a valid token) to the step",
        HttpStatusCode.Forbidden => "the token may not comment: give the job `permissions: pull-requests: write` "
            + "(pull requests from forks get a read-only token; comment from a `pull_request_target` or `workflow_run` workflow instead)",
        HttpStatusCode.NotFound => "the repository or pull request was not found with this token: check GITHUB_REPOSITORY and that the token can read the repository",
        (HttpStatusCode)422 => "GitHub refused the comment body",
        _ => "the comment was not posted; the deploy is not affected",
    };

    [GeneratedRegex(@"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^refs/pull/([0-9]{1,18})/(merge|head)$")]
    private static partial Regex PullRefPattern();
}
