namespace HookSync.Core.Ports;

/// <summary>Why a cluster call failed; the CLI maps environment failures to exit 4.</summary>
public enum ClusterFailureKind
{
    /// <summary>404: the object, its namespace or its kind does not exist.</summary>
    NotFound,
    /// <summary>409 AlreadyExists.</summary>
    AlreadyExists,
    /// <summary>409 Conflict (field manager conflicts with force off, stale resourceVersion).</summary>
    Conflict,
    /// <summary>422 Invalid, e.g. an immutable field changed.</summary>
    Invalid,
    /// <summary>400 BadRequest.</summary>
    BadRequest,
    /// <summary>403.</summary>
    Forbidden,
    /// <summary>401.</summary>
    Unauthorized,
    /// <summary>410 Gone: a watch resourceVersion is too old.</summary>
    Gone,
    /// <summary>The kind is not served by the server (no discovery entry).</summary>
    NotServed,
    /// <summary>Connection refused, DNS, TLS or a timeout reaching the server.</summary>
    Unreachable,
    /// <summary>5xx after retries.</summary>
    ServerError,
    /// <summary>Anything else.</summary>
    Other,
}
