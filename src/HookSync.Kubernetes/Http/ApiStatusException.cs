using System.Net;
using k8s.Autorest;

namespace HookSync.Kubernetes.Http;

/// <summary>A non-success HTTP answer inside the retry pipeline; mapped to a ClusterException once retries are over.</summary>
internal sealed class ApiStatusException : Exception
{
    public ApiStatusException(int statusCode, string? body, TimeSpan? retryAfter = null)
        : base($"HTTP {statusCode}")
    {
        StatusCode = statusCode;
        Body = body;
        RetryAfter = retryAfter;
    }

    public int StatusCode { get; }

    /// <summary>The response body, normally a Kubernetes <c>Status</c> JSON.</summary>
    public string? Body { get; }

    /// <summary>The server's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>429 and 5xx may succeed when tried again; other 4xx never do.</summary>
    public bool IsTransient => StatusCode == 429 || StatusCode >= 500;

    public static ApiStatusException From(HttpOperationException e)
    {
        var headers = e.Response?.Headers;
        TimeSpan? retryAfter = null;
        if (headers is not null && headers.TryGetValue("Retry-After", out var values))
        {
            retryAfter = ParseRetryAfter(values.FirstOrDefault());
        }
        return new ApiStatusException((int)(e.Response?.StatusCode ?? HttpStatusCode.InternalServerError), e.Response?.Content, retryAfter);
    }

    public static async Task<ApiStatusException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        TimeSpan? retryAfter = response.Headers.RetryAfter?.Delta;
        return new ApiStatusException((int)response.StatusCode, body, retryAfter);
    }

    private static TimeSpan? ParseRetryAfter(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
