namespace HookSync.Core.Health;

/// <summary>Argo CD's health codes, from healthiest to least healthy (rule H1).</summary>
public enum HealthStatusCode
{
    Healthy,
    Suspended,
    Progressing,
    Missing,
    Degraded,
    Unknown,
}
