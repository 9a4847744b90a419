namespace HookSync.Simulator;

/// <summary>
/// One request as the simulator saw it. Query has no leading '?'. Verb is a Kubernetes-style verb: get, list, watch,
/// create, apply, patch, update, delete, deletecollection, discovery, log or review (a SelfSubjectAccessReview or
/// SelfSubjectReview, which stores nothing) (null for paths that are none of these).
/// StatusCode is the answer the server decided on (0 when it aborted the connection before processing the request);
/// Fault names the injected <see cref="Faults.FaultKind"/>, if any (with LoseResponseAfterProcessing the StatusCode
/// is what the client would have seen, had the connection not been aborted).
/// </summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ContentType, int StatusCode, string? Verb, string? Fault = null)
{
    /// <summary>When the request arrived, on the simulator's clock (benchmarks draw a timeline from it).</summary>
    public DateTimeOffset ArrivedAt { get; init; }

    /// <summary>The HTTP version the client spoke (<c>HTTP/1.1</c>, or <c>HTTP/2</c> over TLS when the client asked for it).</summary>
    public string Protocol { get; init; } = string.Empty;

    /// <summary>When its answer started (a watch's headers, not its end); null while it is being served.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }
}
