namespace HookSync.Core.Health;

/// <summary>A live object could not be judged (unsupported apiVersion, malformed status). Hooks become Error (P7).</summary>
public sealed class HealthCheckException(string message) : Exception(message);
