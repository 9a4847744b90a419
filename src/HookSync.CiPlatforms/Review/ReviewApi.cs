using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.Review;

/// <summary>What the GitHub and GitLab comment clients share: JSON bodies, listing pages, and failures turned into results.</summary>
internal static class ReviewApi
{
    /// <summary>Pages of comments read before giving up (100 per page: ten thousand comments).</summary>
    public const int MaxPages = 100;

    /// <summary>A comment as both APIs list it: its id and body (GitLab's system notes are skipped by the caller).</summary>
    public sealed record Comment(long Id, string Body, bool System);

    /// <summary><c>{"body": "…"}</c>, written with the BCL's JSON writer (no reflection, safe for Native AOT).</summary>
    public static StringContent JsonBody(string body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("body", body);
            writer.WriteEndObject();
        }
        return new StringContent(Encoding.UTF8.GetString(stream.ToArray()), Encoding.UTF8, "application/json");
    }

    /// <summary>Reads one page of comments: a JSON array of objects with <c>id</c> and <c>body</c>.</summary>
    public static async Task<IReadOnlyList<Comment>> ReadCommentsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("the comment list is not a JSON array");
        }
        var comments = new List<Comment>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.TryGetInt64(out var number))
            {
                var body = item.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() ?? string.Empty : string.Empty;
                var system = item.TryGetProperty("system", out var s) && s.ValueKind == JsonValueKind.True;
                comments.Add(new Comment(number, body, system));
            }
        }
        return comments;
    }

    /// <summary>The id of the comment a create or update answered with.</summary>
    public static async Task<long?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id)
            && id.TryGetInt64(out var number) ? number : null;
    }

    /// <summary>
    /// The <c>rel="next"</c> URL of an RFC 8288 <c>Link</c> header, only when it stays on the API's scheme, host and port: the
    /// token is sent with every page, so a link elsewhere is never followed.
    /// </summary>
    public static Uri? NextLink(HttpResponseMessage response, Uri api)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }
        foreach (var part in values.SelectMany(v => v.Split(',')))
        {
            var pieces = part.Split(';');
            var target = pieces[0].Trim();
            if (target.Length < 2 || target[0] != '<' || target[^1] != '>'
                || !pieces.Skip(1).Any(p => p.Trim().Replace(" ", string.Empty, StringComparison.Ordinal) is "rel=\"next\"" or "rel=next"))
            {
                continue;
            }
            return Uri.TryCreate(target[1..^1], UriKind.Absolute, out var next) && SameOrigin(next, api) ? next : null;
        }
        return null;
    }

    public static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    /// <summary>The API base URL from a variable, or the default; null when it is not an absolute http(s) URL.</summary>
    public static Uri? ApiBase(string? configured, string fallback)
    {
        var text = string.IsNullOrWhiteSpace(configured) ? fallback : configured.Trim();
        return Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.UserInfo.Length == 0
            ? uri
            : null;
    }

    /// <summary>True when every character is an ASCII digit (ids that go into a URL path).</summary>
    public static bool IsNumber(string? text) => !string.IsNullOrEmpty(text) && text.Length <= 19 && text.All(char.IsAsciiDigit);

    public static HttpRequestMessage Request(HttpMethod method, Uri uri, Action<HttpRequestHeaders> authorize, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("hooksync", "1"));
        authorize(request.Headers);
        return request;
    }

    /// <summary>A failed HTTP answer as a result; <paramref name="advice"/> says what to fix for this status.</summary>
    public static ReviewCommentResult HttpFailure(string doing, HttpStatusCode status, string advice) =>
        new(ReviewCommentOutcome.Failed, $"{doing} failed with HTTP {(int)status} ({status}); {advice}", HttpStatus: (int)status);

    /// <summary>Runs the calls, turning network, timeout and bad-JSON failures into a result (commenting never fails the job).</summary>
    public static async Task<ReviewCommentResult> GuardAsync(string doing, Func<Task<ReviewCommentResult>> calls, CancellationToken cancellationToken)
    {
        try
        {
            return await calls();
        }
        catch (HttpRequestException e)
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed, $"{doing}: the API could not be reached ({e.HttpRequestError}): {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed, $"{doing}: the API did not answer in time");
        }
        catch (JsonException e)
        {
            return new ReviewCommentResult(ReviewCommentOutcome.Failed, $"{doing}: the API answered with JSON that is not a comment list: {e.Message}");
        }
    }
}
