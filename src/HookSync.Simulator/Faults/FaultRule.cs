namespace HookSync.Simulator.Faults;

/// <summary>
/// A fault for requests matching a pattern. A request matches when its Kubernetes verb (or HTTP method) equals
/// <see cref="Verb"/> and its path contains <see cref="PathContains"/> (either may be null for any). The first
/// <see cref="After"/> matching requests pass untouched; from then on each matching request is faulted with probability
/// <see cref="Rate"/> (drawn from a generator seeded with <see cref="Seed"/>, so a run is repeatable), at most
/// <see cref="MaxCount"/> times.
/// </summary>
public sealed record FaultRule(FaultKind Kind)
{
    /// <summary>A Kubernetes verb (get, list, watch, create, apply, patch, update, delete, ...) or an HTTP method; null matches any.</summary>
    public string? Verb { get; init; }

    /// <summary>A substring of the request path (ordinal); null matches any.</summary>
    public string? PathContains { get; init; }

    /// <summary>How many matching requests pass before the fault may fire.</summary>
    public int After { get; init; }

    /// <summary>The probability, 0 to 1, that an eligible matching request is faulted.</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>Seeds the generator behind <see cref="Rate"/>.</summary>
    public int Seed { get; init; }

    /// <summary>The most requests this rule faults; null for no limit.</summary>
    public int? MaxCount { get; init; }

    /// <summary>The Retry-After sent with 429 and 503 (whole seconds, rounded up); null sends none.</summary>
    public TimeSpan? RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long <see cref="FaultKind.SlowResponse"/> holds the request on the simulator's clock.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Watch faults apply to watch requests only; a lost response to requests with one answer (not watch or log follow).</summary>
    internal bool AppliesTo(string? verb) => Kind switch
    {
        FaultKind.WatchCut or FaultKind.WatchExpired => verb == "watch",
        FaultKind.LoseResponseAfterProcessing => verb is not ("watch" or "log"),
        _ => true,
    };
}
