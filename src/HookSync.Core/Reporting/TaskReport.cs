using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Reporting;

/// <summary>One task in the report (README Reports). Run fields are null in a plan.</summary>
public sealed record TaskReport(
    int? Order,
    SyncPhase Phase,
    long Wave,
    string Group,
    string Version,
    string Kind,
    string Namespace,
    string Name,
    bool Hook,
    IReadOnlyList<HookDeletePolicy> DeletePolicies,
    TaskAction? Action,
    ResultCode? Status,
    OperationPhase? State,
    string? Message,
    bool Deleted,
    SourceLocation Source,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>The last lines of the hook's log (Pods and Job Pods), for summaries and JUnit failures.</summary>
    public IReadOnlyList<string> LogTail { get; init; } = [];

    /// <summary>Why the task failed, timed out or got stuck; null when it did not, or nothing was found.</summary>
    public Diagnosis.FailureCause? Cause { get; init; }

    public string DisplayName => $"{Kind}/{Name}";

    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f ? f - s : null;
}
