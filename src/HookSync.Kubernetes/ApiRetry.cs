namespace HookSync.Kubernetes;

/// <summary>
/// One retry of an API call: what was being done (e.g. <c>get ConfigMap app/settings</c>), which retry this is
/// (1 for the first), how long HookSync waits before it, and why (e.g. <c>HTTP 503 service unavailable</c>).
/// Carries no server message body and no credential.
/// </summary>
public sealed record ApiRetry(string Operation, int Retry, TimeSpan Delay, string Cause);
