namespace HookSync.Kubernetes;

/// <summary>How the cluster adapter retries transient API failures, and who hears about each retry.</summary>
public sealed record KubernetesClientOptions
{
    /// <summary>The defaults: a two-minute retry budget per API call, backoff from 200 ms up to 30 s.</summary>
    public static KubernetesClientOptions Default { get; } = new();

    /// <summary>
    /// How long one API call may keep retrying, counted from its first attempt. Long enough to ride out an apiserver
    /// restart or a burst of API priority-and-fairness throttling, short enough that a dead cluster fails the job.
    /// </summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The first backoff; each later one doubles, up to <see cref="MaxRetryDelay"/>, with jitter.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest single wait, a server's Retry-After included (a misbehaving server must not stall a sync).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Called once per retry, before its wait; null for nobody.</summary>
    public Action<ApiRetry>? OnRetry { get; init; }

    /// <summary>The jitter source, a value in [0, 1) per retry; null uses a shared random generator. Tests pin it.</summary>
    public Func<double>? Jitter { get; init; }
}
