namespace HookSync.Core.Diagnosis;

/// <summary>The codes of <see cref="FailureCause"/> (README "When a deploy fails"); stable, for scripts reading the report.</summary>
public static class CauseCodes
{
    public const string ImagePullBackOff = "ImagePullBackOff";
    public const string CrashLoopBackOff = "CrashLoopBackOff";
    public const string ContainerFailed = "ContainerFailed";
    public const string OomKilled = "OOMKilled";
    public const string CreateContainerConfigError = "CreateContainerConfigError";
    public const string Unschedulable = "Unschedulable";
    public const string QuotaExceeded = "QuotaExceeded";
    public const string PvcPending = "PvcPending";
    public const string WebhookDenied = "WebhookDenied";
    public const string Forbidden = "Forbidden";
    public const string Conflict = "Conflict";
    public const string Immutable = "Immutable";
    public const string BackoffLimitExceeded = "BackoffLimitExceeded";
    public const string DeadlineExceeded = "DeadlineExceeded";
    public const string NamespaceNotFound = "NamespaceNotFound";
    public const string CrdMissing = "CrdMissing";
    public const string Rejected = "Rejected";
    public const string Unknown = "Unknown";
}
