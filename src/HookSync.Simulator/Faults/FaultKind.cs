namespace HookSync.Simulator.Faults;

/// <summary>What an injected fault does to a matching request.</summary>
public enum FaultKind
{
    /// <summary>429 TooManyRequests with a Retry-After header; nothing is processed.</summary>
    TooManyRequests,

    /// <summary>500 InternalError; nothing is processed.</summary>
    InternalError,

    /// <summary>503 ServiceUnavailable with a Retry-After header; nothing is processed.</summary>
    ServiceUnavailable,

    /// <summary>409 Conflict; nothing is processed.</summary>
    Conflict,

    /// <summary>The connection is aborted before the request is processed: the server did nothing.</summary>
    ResetBeforeProcessing,

    /// <summary>The request is processed (stored, created, deleted), then the connection is aborted: the client never sees the answer.</summary>
    LoseResponseAfterProcessing,

    /// <summary>The answer is delayed by <see cref="FaultRule.Delay"/> on the simulator's clock, then the request is processed normally.</summary>
    SlowResponse,

    /// <summary>A watch answers 200, then its stream closes before any event (watch requests only).</summary>
    WatchCut,

    /// <summary>A watch answers 200 with a single <c>ERROR</c> event 410 Expired, then ends (watch requests only).</summary>
    WatchExpired,
}
