namespace HookSync.Core.Health;

/// <summary>A health code and its message (empty when the rule gives none).</summary>
public sealed record HealthStatus(HealthStatusCode Code, string Message)
{
    public static HealthStatus Healthy(string message = "") => new(HealthStatusCode.Healthy, message);

    public static HealthStatus Progressing(string message = "") => new(HealthStatusCode.Progressing, message);

    public static HealthStatus Degraded(string message = "") => new(HealthStatusCode.Degraded, message);

    public static HealthStatus Suspended(string message = "") => new(HealthStatusCode.Suspended, message);

    public static HealthStatus Unknown(string message = "") => new(HealthStatusCode.Unknown, message);
}
