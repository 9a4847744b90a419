using HookSync.Core.Health;
using HookSync.Core.Model;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// S3/P7: the one mapping from the health of a running task's live object to the task's state. It lives in Execution
/// because task states (<see cref="OperationPhase"/>) are the engine's vocabulary, not the health rules'.
/// </summary>
internal static class HealthMapping
{
    /// <summary>Assesses <paramref name="live"/>; the new (state, message) of the running task, or null to leave it as it is.</summary>
    public static (OperationPhase State, string? Message)? Assess(HealthAssessor health, bool isHook, KubeObject live)
    {
        HealthStatus? status;
        try
        {
            status = health.Assess(live);
        }
        catch (HealthCheckException ex)
        {
            return FromCheckError(isHook, ex.Message);
        }
        return From(isHook, status);
    }

    /// <summary>Maps an assessed health (null: the kind has no health check) to the task's state and message.</summary>
    public static (OperationPhase State, string? Message) From(bool isHook, HealthStatus? status)
    {
        if (status is null)
        {
            // P7/H14: no health check → succeeded; the apply message is kept (R4).
            return (OperationPhase.Succeeded, null);
        }
        return status.Code switch
        {
            HealthStatusCode.Healthy => (OperationPhase.Succeeded, status.Message),
            HealthStatusCode.Degraded => (OperationPhase.Failed, status.Message),
            // P7: Unknown fails a hook; S3 leaves a resource running.
            HealthStatusCode.Unknown when isHook => (OperationPhase.Failed, status.Message),
            // Progressing, Suspended and Missing keep hooks and resources running until the object settles or vanishes.
            _ => (OperationPhase.Running, status.Message),
        };
    }

    /// <summary>S3: a health-check error makes a hook Error and is ignored (null) for a resource.</summary>
    public static (OperationPhase State, string? Message)? FromCheckError(bool isHook, string error) =>
        isHook ? (OperationPhase.Error, $"failed to get resource health: {error}") : null;
}
