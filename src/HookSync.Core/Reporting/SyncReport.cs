using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;

namespace HookSync.Core.Reporting;

/// <summary>The outcome of a run, as written to the JSON report, the summaries and the outputs (README Reports).</summary>
public sealed record SyncReport(
    SyncResult? Result,
    int ExitCode,
    string Message,
    SyncPhase? FailedPhase,
    string Revision,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyDictionary<SyncPhase, PhaseResult> Phases,
    IReadOnlyList<TaskReport> Tasks,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public const int SchemaVersion = 1;

    /// <summary>True when this is a plan (no run fields).</summary>
    public bool IsPlan => Result is null;

    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f ? f - s : null;
}
