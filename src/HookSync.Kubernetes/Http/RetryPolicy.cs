using System.Net.Http;
using Polly;
using Polly.Retry;

namespace HookSync.Kubernetes.Http;

/// <summary>
/// Retries for transient API failures, classified by whether the request is idempotent. Idempotent requests (GET,
/// LIST, WATCH start, server-side apply, DELETE, dry-runs) are retried on 429, 5xx, dropped connections and timeouts:
/// repeating them cannot do anything twice. A real POST is retried only when the server surely did not act on it
/// (429, or no connection was ever made), because a create repeated after a lost answer makes a second object.
/// Waits back off exponentially with jitter, honour Retry-After, and stop when the call's retry budget is spent.
/// </summary>
internal static class RetryPolicy
{
    private static readonly ResiliencePropertyKey<long> StartedAt = new("hooksync.retry.started");
    private static readonly ResiliencePropertyKey<string> Operation = new("hooksync.retry.operation");

    /// <summary>Builds the pipeline; <paramref name="idempotent"/> false (a POST) retries only what the server surely did not process.</summary>
    public static ResiliencePipeline Create(TimeProvider time, KubernetesClientOptions options, bool idempotent)
    {
        var jitter = options.Jitter ?? Random.Shared.NextDouble;
        var retry = new RetryStrategyOptions
        {
            // The budget, not a count, ends the retries.
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is { } e && IsRetryable(e, idempotent) && Remaining(time, options, args.Context) > TimeSpan.Zero),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                Delay(args.Outcome.Exception, args.AttemptNumber, options, jitter, Remaining(time, options, args.Context))),
            OnRetry = args =>
            {
                options.OnRetry?.Invoke(new ApiRetry(
                    args.Context.Properties.GetValue(Operation, "API call"), args.AttemptNumber + 1, args.RetryDelay, Cause(args.Outcome.Exception)));
                return ValueTask.CompletedTask;
            },
        };
        return new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(retry).Build();
    }

    /// <summary>Marks a context with the call's start (for the budget) and its description (for retry reports).</summary>
    public static void Begin(ResilienceContext context, TimeProvider time, string operation)
    {
        context.Properties.Set(StartedAt, time.GetTimestamp());
        context.Properties.Set(Operation, operation);
    }

    internal static bool IsRetryable(Exception e, bool idempotent) => e switch
    {
        ApiStatusException status => idempotent ? status.IsTransient : status.StatusCode == 429,
        HttpRequestException http => idempotent ? IsTransientTransportError(http) : http.HttpRequestError == HttpRequestError.ConnectionError,
        IOException or TimeoutException => idempotent,
        TaskCanceledException { InnerException: TimeoutException } => idempotent,
        _ => false,
    };

    // DNS, TLS, proxy and protocol-version failures are configuration problems that no retry fixes.
    private static bool IsTransientTransportError(HttpRequestException e) =>
        e.HttpRequestError is not (HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
            or HttpRequestError.ProxyTunnelError or HttpRequestError.UserAuthenticationError
            or HttpRequestError.VersionNegotiationError or HttpRequestError.ConfigurationLimitExceeded);

    private static TimeSpan Remaining(TimeProvider time, KubernetesClientOptions options, ResilienceContext context) =>
        options.RetryBudget - time.GetElapsedTime(context.Properties.GetValue(StartedAt, time.GetTimestamp()));

    private static TimeSpan Delay(Exception? e, int attempt, KubernetesClientOptions options, Func<double> jitter, TimeSpan remaining)
    {
        TimeSpan delay;
        if (e is ApiStatusException { RetryAfter: { } after })
        {
            delay = after;
        }
        else
        {
            var backoff = options.FirstRetryDelay * Math.Pow(2, Math.Min(attempt, 30));
            backoff = backoff > options.MaxRetryDelay ? options.MaxRetryDelay : backoff;
            // Half fixed, half random: retries of many clients spread out, yet each still waits at least half the backoff.
            delay = (backoff / 2) + (backoff / 2 * jitter());
        }
        delay = delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
        return delay > remaining ? (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero) : delay;
    }

    private static string Cause(Exception? e) => e switch
    {
        ApiStatusException { StatusCode: 429 } s => $"HTTP 429 too many requests{RetryAfterText(s)}",
        ApiStatusException { StatusCode: 503 } s => $"HTTP 503 service unavailable{RetryAfterText(s)}",
        ApiStatusException s => $"HTTP {s.StatusCode} server error",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "connection failed",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => "connection closed before the answer",
        HttpRequestException => "connection reset",
        IOException => "connection reset",
        TimeoutException or TaskCanceledException => "no answer in time",
        _ => "transient failure",
    };

    private static string RetryAfterText(ApiStatusException e) =>
        e.RetryAfter is { } after ? $" (Retry-After {after.TotalSeconds:0} s)" : string.Empty;
}
