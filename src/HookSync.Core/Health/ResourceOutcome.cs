using HookSync.Core.Reporting;

namespace HookSync.Core.Health;

/// <summary>S3: the state of a non-hook resource worked out from the health of its live object.</summary>
public static class ResourceOutcome
{
    /// <summary>
    /// No health or Healthy → Succeeded; Degraded → Failed; anything else (Progressing, Suspended, Unknown,
    /// Missing) stays Running. A health-check error is ignored for a non-hook: the caller keeps it Running.
    /// </summary>
    public static (OperationPhase State, string Message) From(HealthStatus? health) => health?.Code switch
    {
        null => (OperationPhase.Succeeded, string.Empty),
        HealthStatusCode.Healthy => (OperationPhase.Succeeded, health.Message),
        HealthStatusCode.Degraded => (OperationPhase.Failed, health.Message),
        _ => (OperationPhase.Running, health.Message),
    };
}
