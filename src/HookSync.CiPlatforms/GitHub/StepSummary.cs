using HookSync.CiPlatforms.Common;
using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>The Markdown of the step summary: an early "in progress" version and the final one (README Reports; the runner drops a summary over 1 MiB).</summary>
internal static class StepSummary
{
    /// <summary>1 MiB, the runner's limit, less a margin for the runner's own line handling.</summary>
    public const int ByteLimit = (1024 * 1024) - 4096;

    /// <summary>Log lines shown per failed task, and their byte cap, so one noisy hook cannot crowd out the rest.</summary>
    public const int LogTailLines = 100;
    public const int LogTailBytes = 64 * 1024;

    public static string InProgress(RunInfo? info, SyncPlan plan, Func<string, string> redact)
    {
        var text = new BoundedText(ByteLimit, redact);
        text.Append("# HookSync sync\n");
        var target = info is null ? string.Empty : $" → {MarkdownText.Html(info.Target)}";
        var revision = info is null ? string.Empty : $" of `{ReportFacts.ShortRevision(info.Revision)}`";
        text.Append($"⏳ **Sync in progress**{revision}{target}: {ReportFacts.Plural(plan.Tasks.Count, "task")} planned.\n");
        text.Append("## Plan\n");
        text.Append(MarkdownText.Row("Phase", "Wave", "Object", "Namespace", "Source"));
        text.Append("| --- | ---: | --- | --- | --- |");
        foreach (var task in plan.Tasks)
        {
            if (!text.Append(MarkdownText.Row(task.Phase.ToString(), task.Wave.ToString(), task.Object.ToString(), task.Object.Namespace, task.Source.ToString())))
            {
                break;
            }
        }
        return text.ToString();
    }

    public static string Final(SyncReport report, AnnotationBudget annotations, string? runLink, Func<string, string> redact,
        Func<SourceLocation, string?>? sourceLink = null)
    {
        var text = new BoundedText(ByteLimit, redact);
        text.Append("# HookSync sync\n");
        var icon = ReportFacts.Succeeded(report) ? "✅" : "❌";
        text.Append($"{icon} **{ReportFacts.ResultText(report)}**: {MarkdownText.Html(report.Message)}\n");
        var duration = report.Duration is { } d ? $" · {ReportFacts.Seconds(d)}" : string.Empty;
        var failedPhase = report.FailedPhase is { } p ? $" · failed phase **{p}**" : string.Empty;
        var link = runLink is null ? string.Empty : $" · [run]({runLink})";
        text.Append($"Revision `{ReportFacts.ShortRevision(report.Revision)}` · exit code `{report.ExitCode}`{failedPhase}{duration}{link}\n");
        if (annotations.TotalNotShown > 0)
        {
            text.Append($"> {annotations.TotalNotShown} more annotations not shown (GitHub keeps {AnnotationBudget.PerType} per type per step): "
                + $"{annotations.NotShown(DiagnosticSeverity.Error)} errors, {annotations.NotShown(DiagnosticSeverity.Warning)} warnings, "
                + $"{annotations.NotShown(DiagnosticSeverity.Notice)} notices. They are all listed below.\n");
        }
        AppendPhases(text, report);
        if (MermaidTimeline.MarkdownBlock(report) is { Length: > 0 } timeline)
        {
            text.Append(timeline);
        }
        AppendTasks(text, report, sourceLink);
        AppendFailures(text, report, sourceLink);
        AppendDiagnostics(text, report, sourceLink);
        return text.ToString();
    }

    private static void AppendPhases(BoundedText text, SyncReport report)
    {
        text.Append("## Phases\n");
        text.Append(MarkdownText.Row("Phase", "Result", "Tasks", "Failed"));
        text.Append("| --- | --- | ---: | ---: |");
        foreach (var phase in ReportFacts.Phases)
        {
            var tasks = report.Tasks.Where(t => t.Phase == phase).ToList();
            var icon = ReportFacts.PhaseResultOf(report, phase) switch
            {
                PhaseResult.Succeeded => "✅ ",
                PhaseResult.Failed or PhaseResult.TimedOut or PhaseResult.Cancelled => "❌ ",
                _ => string.Empty,
            };
            text.Append(MarkdownText.Row(phase.ToString(), icon + ReportFacts.PhaseResultOf(report, phase), tasks.Count.ToString(), tasks.Count(ReportFacts.IsFailed).ToString()));
        }
        text.Append(string.Empty);
    }

    private static void AppendTasks(BoundedText text, SyncReport report, Func<SourceLocation, string?>? link)
    {
        if (report.Tasks.Count == 0)
        {
            return;
        }
        text.Append("## Tasks\n");
        text.Append(MarkdownText.Row("Phase", "Wave", "Object", "Namespace", "Action", "State", "Duration", "Source"));
        text.Append("| --- | ---: | --- | --- | --- | --- | ---: | --- |");
        foreach (var task in report.Tasks)
        {
            var state = task.State?.ToString() ?? task.Status?.ToString() ?? (ReportFacts.NeverRan(task) ? "not run" : string.Empty);
            var duration = task.Duration is { } d ? ReportFacts.Seconds(d) : string.Empty;
            var action = task.Action?.ToString().ToLowerInvariant() ?? string.Empty;
            var deleted = task.Deleted ? " (deleted)" : string.Empty;
            if (!text.Append(MarkdownLinks.Row(task.Source, link, task.Phase.ToString(), task.Wave.ToString(), task.DisplayName, task.Namespace, action, state + deleted, duration)))
            {
                return;
            }
        }
        text.Append(string.Empty);
    }

    private static void AppendFailures(BoundedText text, SyncReport report, Func<SourceLocation, string?>? link)
    {
        var failed = report.Tasks.Where(ReportFacts.NeedsExplaining).ToList();
        if (failed.Count == 0)
        {
            return;
        }
        text.Append("## Failures\n");
        foreach (var task in failed)
        {
            var state = task.State?.ToString() ?? "Failed";
            var block = $"<details><summary>{MarkdownText.Html($"{task.Phase} wave {task.Wave} {task.DisplayName}: {state}")}</summary>\n\n"
                + $"{MarkdownText.Html(task.Message ?? string.Empty)} ({MarkdownLinks.Cell(task.Source, link)})\n\n"
                + (task.Cause is { } cause ? CauseBlock(cause) : string.Empty)
                + (task.LogTail.Count > 0 ? MarkdownText.CodeBlock(LogTail(task.LogTail)) + "\n\n" : string.Empty)
                + "</details>\n";
            if (!text.Append(block))
            {
                return;
            }
        }
    }

    /// <summary>The cause in plain words, the hint, and the Events behind it (every server string escaped).</summary>
    private static string CauseBlock(Core.Diagnosis.FailureCause cause)
    {
        var block = $"**Cause** `{MarkdownText.Html(cause.Code)}`: {MarkdownText.Html(cause.Message)}\n\n**Hint:** {MarkdownText.Html(cause.Hint)}\n\n";
        if (cause.Events.Count == 0)
        {
            return block;
        }
        var rows = cause.Events.Select(e => MarkdownText.Row(e.Time?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, e.Type, e.Reason, e.Object, e.Message));
        return block + MarkdownText.Row("Time", "Type", "Reason", "Object", "Message") + "\n| --- | --- | --- | --- | --- |\n" + string.Join("\n", rows) + "\n\n";
    }

    private static void AppendDiagnostics(BoundedText text, SyncReport report, Func<SourceLocation, string?>? link)
    {
        if (report.Diagnostics.Count == 0)
        {
            return;
        }
        text.Append("## Diagnostics\n");
        text.Append(MarkdownText.Row("Severity", "Code", "Location", "Message"));
        text.Append("| --- | --- | --- | --- |");
        foreach (var diagnostic in report.Diagnostics)
        {
            if (!text.Append($"| {MarkdownText.Cell(diagnostic.Severity.ToString().ToLowerInvariant())} | {MarkdownText.Cell(diagnostic.Code)} | {MarkdownLinks.Cell(diagnostic.Source, link)} | {MarkdownText.Cell(diagnostic.Message)} |"))
            {
                return;
            }
        }
    }

    /// <summary>The last lines of a log within <see cref="LogTailLines"/> and <see cref="LogTailBytes"/>.</summary>
    private static List<string> LogTail(IReadOnlyList<string> log)
    {
        var lines = new List<string>();
        var bytes = 0;
        foreach (var line in log.TakeLast(LogTailLines).Reverse())
        {
            var shown = line.Length > 2000 ? line[..2000] + " …" : line;
            bytes += System.Text.Encoding.UTF8.GetByteCount(shown) + 1;
            if (bytes > LogTailBytes)
            {
                break;
            }
            lines.Add(shown);
        }
        lines.Reverse();
        return lines;
    }
}
