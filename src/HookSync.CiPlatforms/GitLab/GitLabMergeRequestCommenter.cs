using System.Net;
using System.Net.Http.Headers;
using HookSync.CiPlatforms.Review;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.GitLab;

/// <summary>
/// The sticky merge-request note on GitLab, through the notes API: list the notes (100 a page, following <c>X-Next-Page</c>
/// or the <c>Link</c> header), update the one holding the marker with PUT, else create one with POST.
/// </summary>
/// <remarks>
/// <c>CI_JOB_TOKEN</c> cannot write notes, so the token is a project (or group) access token with the <c>api</c> scope in the
/// variable <see cref="TokenVariable"/>, sent as <c>PRIVATE-TOKEN</c>.
/// </remarks>
public sealed class GitLabMergeRequestCommenter(HttpClient http) : IReviewCommenter
{
    public const string TokenVariable = "HOOKSYNC_GITLAB_TOKEN";
    public const string ApiUrlVariable = "CI_API_V4_URL";
    public const string ProjectIdVariable = "CI_PROJECT_ID";
    public const string MergeRequestVariable = "CI_MERGE_REQUEST_IID";

    public string PlatformName => GitLabCi.PlatformName;

    public async Task<ReviewCommentResult> UpsertAsync(IEnvironment environment, string marker, string body, CancellationToken cancellationToken)
    {
        var iid = environment.Get(MergeRequestVariable);
        if (string.IsNullOrEmpty(iid))
        {
            return new ReviewCommentResult(ReviewCommentOutcome.NotOnReview,
                "this pipeline is not a merge request pipeline (CI_MERGE_REQUEST_IID is not set; run the job with `rules: - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"`)");
        }
        var project = environment.Get(ProjectIdVariable);
        if (!ReviewApi.IsNumber(iid) || !ReviewApi.IsNumber(project))
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed, "CI_PROJECT_ID and CI_MERGE_REQUEST_IID must be numbers");
        }
        if (ReviewApi.ApiBase(environment.Get(ApiUrlVariable), string.Empty) is not { } api)
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed, "CI_API_V4_URL is not set to an http(s) URL");
        }
        var token = environment.Get(TokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed,
                $"{TokenVariable} is not set; create a project access token with the api scope (role Reporter or above) and store it as a masked CI/CD variable {TokenVariable}");
        }
        void Authorize(HttpRequestHeaders headers) => headers.Add("PRIVATE-TOKEN", token.Trim());
        var where = $"merge request !{iid} of project {project}";
        var notes = $"projects/{project}/merge_requests/{iid}/notes";
        return await ReviewApi.GuardAsync($"commenting on {where}", async () =>
        {
            Uri? page = new(api, $"{notes}?per_page=100&sort=asc&order_by=created_at");
            long? existing = null;
            for (var pages = 0; page is not null && existing is null && pages < ReviewApi.MaxPages; pages++)
            {
                using var listed = await http.SendAsync(ReviewApi.Request(HttpMethod.Get, page, Authorize), cancellationToken);
                if (!listed.IsSuccessStatusCode)
                {
                    return ReviewApi.HttpFailure($"listing the notes of {where}", listed.StatusCode, Advice(listed.StatusCode));
                }
                existing = (await ReviewApi.ReadCommentsAsync(listed, cancellationToken))
                    .FirstOrDefault(c => !c.System && c.Body.Contains(marker, StringComparison.Ordinal))?.Id;
                page = NextPage(listed, page, api);
            }
            var (method, target, doing) = existing is { } id
                ? (HttpMethod.Put, new Uri(api, $"{notes}/{id}"), $"updating note {id} on {where}")
                : (HttpMethod.Post, new Uri(api, notes), $"creating a note on {where}");
            using var written = await http.SendAsync(ReviewApi.Request(method, target, Authorize, ReviewApi.JsonBody(body)), cancellationToken);
            if (!written.IsSuccessStatusCode)
            {
                return ReviewApi.HttpFailure(doing, written.StatusCode, Advice(written.StatusCode));
            }
            var noteId = await ReviewApi.ReadIdAsync(written, cancellationToken) ?? existing;
            return existing is null
                ? new ReviewCommentResult(ReviewCommentOutcome.Created, $"created note {noteId} on {where}", noteId)
                : new ReviewCommentResult(ReviewCommentOutcome.Updated, $"updated note {noteId} on {where}", noteId);
        }, cancellationToken);
    }

    // X-Next-Page is GitLab's own header (empty on the last page); Link is the standard one it also sends.
    private static Uri? NextPage(HttpResponseMessage response, Uri current, Uri api)
    {
        if (response.Headers.TryGetValues("X-Next-Page", out var values))
        {
            var next = values.FirstOrDefault()?.Trim();
            if (string.IsNullOrEmpty(next))
            {
                return null;
            }
            if (!ReviewApi.IsNumber(next))
            {
                return null;
            }
            var query = string.Join('&', current.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("page=", StringComparison.Ordinal)).Append($"page={next}"));
            return new UriBuilder(current) { Query = query }.Uri;
        }
        return ReviewApi.NextLink(response, api);
    }

    private static string Advice(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => $"the token was refused: check that {TokenVariable} holds a valid, unexpired access token",
        HttpStatusCode.Forbidden => $"the token may not write notes: give the access token in {TokenVariable} the api scope and the Reporter role or above",
        HttpStatusCode.NotFound => "the project or merge request was not found with this token: check CI_PROJECT_ID and that the token's project or group is this one",
        _ => "the note was not posted; the deploy is not affected",
    };
}
