using HookSync.Core.Health;
using HookSync.Core.Model;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>S3/P7: the state a running task takes from the health of its live object.</summary>
internal static class TaskRefresher
{
    /// <summary>The new (state, message) for a running task, or null to leave it as it is.</summary>
    public static (OperationPhase State, string? Message)? Evaluate(HealthAssessor health, bool isHook, KubeObject live)
    {
        HealthStatus? status;
        try
        {
            status = health.Assess(live);
        }
        catch (HealthCheckException ex)
        {
            // S3: a health-check error makes a hook Error and is ignored for a resource.
            return isHook ? (OperationPhase.Error, $"failed to get resource health: {ex.Message}") : null;
        }
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
            _ => (OperationPhase.Running, status.Message),
        };
    }
}
