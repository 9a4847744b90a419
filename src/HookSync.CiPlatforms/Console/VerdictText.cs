using HookSync.CiPlatforms.Common;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Console;

/// <summary>The final block of the console log: result, exit code, phases and what failed.</summary>
internal static class VerdictText
{
    /// <summary>The console shows at most this many log lines per failed task; the summaries show more.</summary>
    public const int LogTailLines = 20;

    /// <summary>Failed tasks listed in full; the rest are counted (the summaries and the JSON report list them all).</summary>
    public const int FailedTasksListed = 50;

    /// <summary>The console shows the last Events of a cause; the report keeps them all.</summary>
    public const int CauseEventLines = 5;

    public static IReadOnlyList<(string Text, string? Colour)> Lines(SyncReport report)
    {
        var lines = new List<(string, string?)>();
        var duration = report.Duration is { } d ? $" in {ReportFacts.Seconds(d)}" : string.Empty;
        var colour = ReportFacts.Succeeded(report) ? Ansi.Green : Ansi.Red;
        lines.Add(($"Result: {ReportFacts.ResultText(report)} (exit {report.ExitCode}){duration}: {report.Message}", colour));
        if (report.IsPlan)
        {
            lines.Add(($"Plan: {ReportFacts.Plural(report.Tasks.Count, "task")}", null));
            return lines;
        }
        var phases = ReportFacts.Phases.Select(p => $"{p}={ReportFacts.PhaseResultOf(report, p)}");
        lines.Add(($"Phases: {string.Join(", ", phases)}", null));
        if (report.FailedPhase is { } failedPhase)
        {
            lines.Add(($"Failed phase: {failedPhase}", Ansi.Red));
        }
        var failed = report.Tasks.Where(t => ReportFacts.IsFailed(t) || t.Cause is not null).ToList();
        if (failed.Count == 0)
        {
            return lines;
        }
        lines.Add(("Failed tasks:", Ansi.Red));
        foreach (var task in failed.Take(FailedTasksListed))
        {
            var state = task.State?.ToString() ?? task.Status?.ToString() ?? "Failed";
            lines.Add(($"  {task.Phase} wave {task.Wave}  {task.DisplayName} {state}: {task.Message} ({task.Source})", Ansi.Red));
            if (task.Cause is { } cause)
            {
                lines.Add(($"    cause: {cause.Code}: {cause.Message}", Ansi.Red));
                lines.Add(($"    hint: {cause.Hint}", null));
                foreach (var e in cause.Events.TakeLast(CauseEventLines))
                {
                    lines.Add(($"    event: {e.Type} {e.Reason} {e.Object}: {e.Message}", Ansi.Dim));
                }
            }
            foreach (var log in task.LogTail.TakeLast(LogTailLines))
            {
                lines.Add(($"    | {log}", Ansi.Dim));
            }
        }
        if (failed.Count > FailedTasksListed)
        {
            lines.Add(($"  … and {failed.Count - FailedTasksListed} more failed tasks (see the report)", Ansi.Red));
        }
        return lines;
    }
}
