using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Common;

/// <summary>Questions every reporter asks of a report, answered once so all platforms agree.</summary>
internal static class ReportFacts
{
    /// <summary>The phases in the order they are reported (README Reports).</summary>
    public static IReadOnlyList<SyncPhase> Phases { get; } =
        [SyncPhase.PreSync, SyncPhase.Sync, SyncPhase.PostSync, SyncPhase.SyncFail];

    /// <summary>A phase's result; a phase missing from the report had no tasks.</summary>
    public static PhaseResult PhaseResultOf(SyncReport report, SyncPhase phase) =>
        report.Phases.TryGetValue(phase, out var result) ? result : PhaseResult.Empty;

    /// <summary>True when the task failed: its hook or health failed, or its apply did.</summary>
    /// <summary>The cause of the first task (in plan order) that has one: the one-line answer to "why did it fail".</summary>
    public static Core.Diagnosis.FailureCause? FirstCause(SyncReport report) => report.Tasks.Select(t => t.Cause).FirstOrDefault(c => c is not null);

    /// <summary>A task the summaries explain: failed, or with a cause (a hook or resource still running at a timeout).</summary>
    public static bool NeedsExplaining(TaskReport task) => IsFailed(task) || task.Cause is not null;

    public static bool IsFailed(TaskReport task) =>
        task.State is OperationPhase.Failed or OperationPhase.Error
        || task.Status == Core.Reporting.ResultCode.SyncFailed
        || task.Action == TaskAction.Failed;

    /// <summary>True when HookSync never acted on the task (its report order is null, see README Reports).</summary>
    public static bool NeverRan(TaskReport task) => task.Order is null && task.State is null && task.Action is null;

    /// <summary>The verdict word: the result, or "Planned" for a plan.</summary>
    public static string ResultText(SyncReport report) => report.Result?.ToString() ?? "Planned";

    // The verdict follows the exit code the host mapped, so what is printed never disagrees with how the process ends.
    public static bool Succeeded(SyncReport report) => report.ExitCode == 0;

    /// <summary>The first seven characters of a revision, as git shows it.</summary>
    public static string ShortRevision(string revision) => revision.Length > 7 ? revision[..7] : revision;

    /// <summary>Seconds with one decimal, invariant (durations in every output).</summary>
    public static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.0}s";

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
