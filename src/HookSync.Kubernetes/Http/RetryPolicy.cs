using System.Net.Http;
using Polly;
using Polly.Retry;

namespace HookSync.Kubernetes.Http;

/// <summary>Retries for transient API failures: 429, 5xx and dropped connections; never other 4xx.</summary>
internal static class RetryPolicy
{
    /// <summary>Attempts in total, the first included.</summary>
    public const int MaxAttempts = 3;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(200);

    // A misbehaving server must not stall a sync for minutes through Retry-After.
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Builds the pipeline; <paramref name="idempotent"/> false (a POST) retries only what the server surely did not process.</summary>
    public static ResiliencePipeline Create(TimeProvider time, bool idempotent)
    {
        var options = new RetryStrategyOptions
        {
            MaxRetryAttempts = MaxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = FirstDelay,
            ShouldHandle = new PredicateBuilder()
                .Handle<ApiStatusException>(e => idempotent ? e.IsTransient : e.StatusCode == 429)
                .Handle<HttpRequestException>(IsTransientConnectionError),
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Exception is ApiStatusException { RetryAfter: { } after }
                    ? (TimeSpan?)(after > MaxRetryAfter ? MaxRetryAfter : after)
                    : null),
        };
        return new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(options).Build();
    }

    // Refused or reset connections are worth another try; DNS and TLS failures are configuration problems.
    private static bool IsTransientConnectionError(HttpRequestException e) =>
        e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded;
}
