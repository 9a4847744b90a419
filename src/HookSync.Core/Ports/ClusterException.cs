namespace HookSync.Core.Ports;

/// <summary>A failed cluster call. The message is the server's <c>Status.message</c> (or the transport error), never containing credentials.</summary>
public sealed class ClusterException : Exception
{
    public ClusterException(ClusterFailureKind kind, string message, int? statusCode = null, string? reason = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        StatusCode = statusCode;
        Reason = reason;
    }

    public ClusterFailureKind Kind { get; }

    /// <summary>The HTTP status code, when the server answered.</summary>
    public int? StatusCode { get; }

    /// <summary>The <c>Status.reason</c>, e.g. <c>AlreadyExists</c>, <c>Invalid</c>.</summary>
    public string? Reason { get; }

    /// <summary>True for failures of the environment rather than of one object (exit 4).</summary>
    public bool IsEnvironmentFailure => Kind is ClusterFailureKind.Unreachable or ClusterFailureKind.Unauthorized or ClusterFailureKind.ServerError;
}
