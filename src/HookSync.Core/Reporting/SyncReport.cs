using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;

namespace HookSync.Core.Reporting;

/// <summary>The outcome of a run, as written to the JSON report, the summaries and the outputs (README "Reports").</summary>
/// <param name="Reason">Why the run ended, beside result and failed phase; the host maps the three to <see cref="ExitCode"/>.</param>
public sealed record SyncReport(
    SyncResult? Result,
    EndReason Reason,
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

    /// <summary>
    /// The process exit code, set by the host from its exit-code mapping before the report is written or reported, so the
    /// report, the outputs and the process agree; null until then.
    /// </summary>
    public int? ExitCode { get; init; }

    /// <summary>True when this is a plan (no run fields).</summary>
    public bool IsPlan => Result is null;

    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f ? f - s : null;
}
