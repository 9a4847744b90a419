using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HookSync.Testing.Review;

/// <summary>
/// A strict stand-in for GitHub's issue-comments API and GitLab's merge-request notes API on a loopback port (HttpListener):
/// the token header is required (401), another repository, pull request, project or merge request is 404, a read-only token
/// may list but not write (403), lists are paginated (GitHub: <c>Link</c>; GitLab: <c>X-Next-Page</c> and <c>Link</c>;
/// at most 100 a page, 30 by default), and a body must be a JSON object with a string <c>body</c> (422/400).
/// </summary>
public sealed partial class ReviewApiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Lock _gate = new();
    private long _nextId = 1000;

    public ReviewApiServer(string token, string repository = "octo/app", long pullRequest = 7, long project = 42, long mergeRequest = 3)
    {
        Token = token;
        Repository = repository;
        PullRequest = pullRequest;
        Project = project;
        MergeRequest = mergeRequest;
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            try
            {
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                _listener.Start();
                BaseUrl = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
            }
        }
        _loop = Task.Run(LoopAsync);
    }

    public string Token { get; }

    /// <summary>A token that may read but not write (GitHub: a job without <c>pull-requests: write</c>).</summary>
    public string? ReadOnlyToken { get; set; }

    public string Repository { get; }

    public long PullRequest { get; }

    public long Project { get; }

    public long MergeRequest { get; }

    public string BaseUrl { get; } = string.Empty;

    /// <summary>The value for <c>GITHUB_API_URL</c>.</summary>
    public string GitHubApiUrl => BaseUrl + "/github";

    /// <summary>The value for <c>CI_API_V4_URL</c>.</summary>
    public string GitLabApiUrl => BaseUrl + "/gitlab/api/v4";

    /// <summary>The pull request's comments, or the merge request's notes, in creation order.</summary>
    public List<(long Id, string Body)> GitHubComments { get; } = [];

    public List<(long Id, string Body, bool System)> GitLabNotes { get; } = [];

    /// <summary>Every request as <c>METHOD path?query</c>, in order.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Every request body, in order.</summary>
    public List<string> Bodies { get; } = [];

    /// <summary>Adds <paramref name="count"/> comments (and notes) by other people, so the marker can sit on a later page.</summary>
    public void Seed(int count)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                GitHubComments.Add((_nextId++, $"LGTM {i} @someone"));
                GitLabNotes.Add((_nextId++, $"note {i}", i % 10 == 0));
            }
        }
    }

    public void AddGitHubComment(string body)
    {
        lock (_gate)
        {
            GitHubComments.Add((_nextId++, body));
        }
    }

    public void AddGitLabNote(string body)
    {
        lock (_gate)
        {
            GitLabNotes.Add((_nextId++, body, false));
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                var body = await new StreamReader(context.Request.InputStream, Encoding.UTF8).ReadToEndAsync();
                var (status, json, headers) = Handle(context.Request, body);
                foreach (var (name, value) in headers)
                {
                    context.Response.Headers[name] = value;
                }
                context.Response.StatusCode = status;
                context.Response.ContentType = "application/json";
                var bytes = Encoding.UTF8.GetBytes(json);
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
            }
        }
    }

    private (int Status, string Json, List<(string, string)> Headers) Handle(HttpListenerRequest request, string body)
    {
        var path = request.Url!.AbsolutePath;
        var query = System.Web.HttpUtility.ParseQueryString(request.Url.Query);
        lock (_gate)
        {
            Requests.Add($"{request.HttpMethod} {request.Url.PathAndQuery}");
            Bodies.Add(body);
            if (path.StartsWith("/github/", StringComparison.Ordinal))
            {
                return GitHub(request, path["/github".Length..], query, body);
            }
            if (path.StartsWith("/gitlab/api/v4/", StringComparison.Ordinal))
            {
                return GitLab(request, path["/gitlab/api/v4".Length..], query, body);
            }
            return (404, """{"message":"Not Found"}""", []);
        }
    }

    private (int, string, List<(string, string)>) GitHub(HttpListenerRequest request, string path, System.Collections.Specialized.NameValueCollection query, string body)
    {
        if (string.IsNullOrEmpty(request.UserAgent))
        {
            return (403, """{"message":"Request forbidden by administrative rules. Please make sure your request has a User-Agent header"}""", []);
        }
        var auth = request.Headers["Authorization"] ?? string.Empty;
        var given = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : auth.StartsWith("token ", StringComparison.Ordinal) ? auth[6..] : null;
        var readOnly = given is not null && given == ReadOnlyToken;
        if (given != Token && !readOnly)
        {
            return (401, """{"message":"Bad credentials","status":"401"}""", []);
        }
        var list = GitHubListPath().Match(path);
        var edit = GitHubEditPath().Match(path);
        if (list.Success)
        {
            if (list.Groups[1].Value != Repository || list.Groups[2].Value != PullRequest.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return (404, """{"message":"Not Found","status":"404"}""", []);
            }
            if (request.HttpMethod == "GET")
            {
                var items = GitHubComments.Select(c => (object)new { id = c.Id, body = c.Body, user = new { login = "someone" } }).ToList();
                return Page(items, query, $"{GitHubApiUrl}{path}", gitlab: false);
            }
            if (request.HttpMethod == "POST")
            {
                if (readOnly)
                {
                    return (403, """{"message":"Resource not accessible by integration","status":"403"}""", []);
                }
                if (BodyOf(body) is not { } text)
                {
                    return (422, """{"message":"Validation Failed","status":"422"}""", []);
                }
                var id = _nextId++;
                GitHubComments.Add((id, text));
                return (201, JsonSerializer.Serialize(new { id, body = text }), [("Location", $"{GitHubApiUrl}/repos/{Repository}/issues/comments/{id}")]);
            }
            return (404, """{"message":"Not Found"}""", []);
        }
        if (edit.Success && request.HttpMethod == "PATCH")
        {
            var index = GitHubComments.FindIndex(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == edit.Groups[2].Value);
            if (edit.Groups[1].Value != Repository || index < 0)
            {
                return (404, """{"message":"Not Found","status":"404"}""", []);
            }
            if (readOnly)
            {
                return (403, """{"message":"Resource not accessible by integration","status":"403"}""", []);
            }
            if (BodyOf(body) is not { } text)
            {
                return (422, """{"message":"Validation Failed","status":"422"}""", []);
            }
            GitHubComments[index] = (GitHubComments[index].Id, text);
            return (200, JsonSerializer.Serialize(new { id = GitHubComments[index].Id, body = text }), []);
        }
        return (404, """{"message":"Not Found"}""", []);
    }

    private (int, string, List<(string, string)>) GitLab(HttpListenerRequest request, string path, System.Collections.Specialized.NameValueCollection query, string body)
    {
        var given = request.Headers["PRIVATE-TOKEN"];
        var readOnly = given is not null && given == ReadOnlyToken;
        if (given != Token && !readOnly)
        {
            return (401, """{"message":"401 Unauthorized"}""", []);
        }
        var match = GitLabNotesPath().Match(path);
        if (!match.Success || match.Groups[1].Value != Project.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || match.Groups[2].Value != MergeRequest.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return (404, """{"message":"404 Not found"}""", []);
        }
        var noteId = match.Groups[3].Success ? match.Groups[3].Value : null;
        switch (request.HttpMethod, noteId)
        {
            case ("GET", null):
                var items = GitLabNotes.Select(n => (object)new { id = n.Id, body = n.Body, system = n.System }).ToList();
                return Page(items, query, $"{GitLabApiUrl}{path}", gitlab: true);
            case ("POST", null):
                if (readOnly)
                {
                    return (403, """{"message":"403 Forbidden"}""", []);
                }
                if (BodyOf(body) is not { } text)
                {
                    return (400, """{"error":"body is missing"}""", []);
                }
                var id = _nextId++;
                GitLabNotes.Add((id, text, false));
                return (201, JsonSerializer.Serialize(new { id, body = text, system = false }), []);
            case ("PUT", { } note):
                var index = GitLabNotes.FindIndex(n => n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == note);
                if (index < 0)
                {
                    return (404, """{"message":"404 Note Not Found"}""", []);
                }
                if (readOnly)
                {
                    return (403, """{"message":"403 Forbidden"}""", []);
                }
                if (BodyOf(body) is not { } updated)
                {
                    return (400, """{"error":"body is missing"}""", []);
                }
                GitLabNotes[index] = (GitLabNotes[index].Id, updated, false);
                return (200, JsonSerializer.Serialize(new { id = GitLabNotes[index].Id, body = updated, system = false }), []);
            default:
                return (405, """{"message":"405 Method Not Allowed"}""", []);
        }
    }

    private static (int, string, List<(string, string)>) Page(List<object> items, System.Collections.Specialized.NameValueCollection query, string url, bool gitlab)
    {
        var perPage = Math.Clamp(int.TryParse(query["per_page"], out var p) ? p : gitlab ? 20 : 30, 1, 100);
        var page = Math.Max(1, int.TryParse(query["page"], out var n) ? n : 1);
        var pages = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var slice = items.Skip((page - 1) * perPage).Take(perPage).ToList();
        var headers = new List<(string, string)>();
        var links = new List<string>();
        if (page < pages)
        {
            links.Add($"<{url}?per_page={perPage}&page={page + 1}>; rel=\"next\"");
        }
        links.Add($"<{url}?per_page={perPage}&page={pages}>; rel=\"last\"");
        headers.Add(("Link", string.Join(", ", links)));
        if (gitlab)
        {
            headers.Add(("X-Page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            headers.Add(("X-Next-Page", page < pages ? (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty));
            headers.Add(("X-Total-Pages", pages.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return (200, JsonSerializer.Serialize(slice), headers);
    }

    private static string? BodyOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("body", out var b)
                && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^/repos/([^/]+/[^/]+)/issues/([0-9]+)/comments$")]
    private static partial Regex GitHubListPath();

    [GeneratedRegex(@"^/repos/([^/]+/[^/]+)/issues/comments/([0-9]+)$")]
    private static partial Regex GitHubEditPath();

    [GeneratedRegex(@"^/projects/([^/]+)/merge_requests/([0-9]+)/notes(?:/([0-9]+))?$")]
    private static partial Regex GitLabNotesPath();
}
