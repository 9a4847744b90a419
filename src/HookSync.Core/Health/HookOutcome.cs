using HookSync.Core.Reporting;

namespace HookSync.Core.Health;

/// <summary>P7: the state of a hook worked out from the health of its live object.</summary>
public static class HookOutcome
{
    /// <summary>
    /// Maps a hook's health to its state and message. No health (and Missing, which Argo CD leaves unmapped) is
    /// Succeeded with an empty message: the caller then reports <c>&lt;name&gt; created</c>.
    /// A health-check error is not handled here: the caller turns a <see cref="HealthCheckException"/> into Error.
    /// </summary>
    public static (OperationPhase State, string Message) From(HealthStatus? health) => health?.Code switch
    {
        null or HealthStatusCode.Missing => (OperationPhase.Succeeded, string.Empty),
        HealthStatusCode.Healthy => (OperationPhase.Succeeded, health.Message),
        HealthStatusCode.Progressing or HealthStatusCode.Suspended => (OperationPhase.Running, health.Message),
        HealthStatusCode.Degraded or HealthStatusCode.Unknown => (OperationPhase.Failed, health.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(health), health.Code, "unknown health code"),
    };
}
