using System.Globalization;
using System.Net;
using System.Text;
using HookSync.Core.Model;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Common;

/// <summary>
/// <c>hooksync-report.html</c> (README Reports): one self-contained page, with an inline SVG timeline, the task table, the failures
/// and the diagnostics. No script, font, image or style is fetched (a CSP meta tag forbids it), so it opens from a GitLab artifact
/// or a local disk as it is; every text is redacted, then HTML-escaped.
/// </summary>
internal static class HtmlReport
{
    public const string FileName = "hooksync-report.html";

    private const int LabelWidth = 340;
    private const int BarWidth = 560;
    private const int RowHeight = 22;

    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1f2328;background:#fff}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
        .verdict{font-size:16px;margin:8px 0}.ok{color:#1a7f37}.bad{color:#cf222e}.muted{color:#59636e}
        table{border-collapse:collapse;width:100%}table.narrow{width:auto;min-width:420px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.num{text-align:right}pre{background:#f6f8fa;padding:8px;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
        .failure{border-left:4px solid #cf222e;padding:4px 12px;margin:12px 0}svg text{font:12px system-ui,sans-serif}
        """;

    /// <param name="report">The stamped report.</param>
    /// <param name="redact">Every text goes through it before it is escaped.</param>
    /// <param name="link">The platform's link to a source line, or null for none.</param>
    public static string Render(SyncReport report, Func<string, string> redact, Func<SourceLocation, string?> link)
    {
        ArgumentNullException.ThrowIfNull(report);
        string E(string? text) => WebUtility.HtmlEncode(redact(text ?? string.Empty));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>HookSync ").Append(E(ReportFacts.ResultText(report))).Append(" · ").Append(E(ReportFacts.ShortRevision(report.Revision))).Append("</title>\n");
        html.Append("<style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>HookSync sync</h1>\n");
        var ok = ReportFacts.Succeeded(report);
        html.Append("<p class=\"verdict ").Append(ok ? "ok" : "bad").Append("\"><strong>").Append(ok ? "✔ " : "✘ ").Append(E(ReportFacts.ResultText(report)))
            .Append("</strong>: ").Append(E(report.Message)).Append("</p>\n");
        html.Append("<p class=\"muted\">Revision <code>").Append(E(report.Revision)).Append("</code> · exit code <code>")
            .Append(report.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "?").Append("</code>");
        if (report.FailedPhase is { } phase)
        {
            html.Append(" · failed phase <strong>").Append(E(phase.ToString())).Append("</strong>");
        }
        if (report.Duration is { } duration)
        {
            html.Append(" · ").Append(E(ReportFacts.Seconds(duration)));
        }
        html.Append("</p>\n");
        AppendPhases(html, report, E);
        AppendTimeline(html, report, E);
        AppendTasks(html, report, E, link);
        AppendFailures(html, report, E, link);
        AppendDiagnostics(html, report, E, link);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The failure's explanation rows for one task: today its message. The classified cause (code, hint, events) joins here,
    /// so the page shows it wherever a task's failure is shown.
    /// </summary>
    public static IEnumerable<(string Label, string Text)> CauseRows(TaskReport task)
    {
        ArgumentNullException.ThrowIfNull(task);
        yield return ("Message", task.Message ?? task.State?.ToString() ?? "Failed");
        if (task.Cause is { } cause)
        {
            yield return ("Cause", $"{cause.Code}: {cause.Message}");
            yield return ("Hint", cause.Hint);
            foreach (var e in cause.Events.TakeLast(5))
            {
                yield return ("Event", $"{e.Type} {e.Reason} {e.Object}: {e.Message}");
            }
        }
    }

    private static void AppendPhases(StringBuilder html, SyncReport report, Func<string?, string> e)
    {
        html.Append("<h2>Phases</h2>\n<table class=\"narrow\"><tr><th>Phase</th><th>Result</th><th>Tasks</th><th>Failed</th></tr>\n");
        foreach (var phase in ReportFacts.Phases)
        {
            var tasks = report.Tasks.Where(t => t.Phase == phase).ToList();
            html.Append("<tr><td>").Append(e(phase.ToString())).Append("</td><td>").Append(e(ReportFacts.PhaseResultOf(report, phase).ToString()))
                .Append("</td><td class=\"num\">").Append(tasks.Count).Append("</td><td class=\"num\">").Append(tasks.Count(ReportFacts.IsFailed)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void AppendTimeline(StringBuilder html, SyncReport report, Func<string?, string> e)
    {
        var ran = report.Tasks.Where(t => t.StartedAt is not null && t.FinishedAt is not null).OrderBy(t => t.StartedAt).ThenBy(t => t.Order).ToList();
        if (ran.Count == 0)
        {
            return;
        }
        var origin = ran.Min(t => t.StartedAt!.Value);
        var total = Math.Max((ran.Max(t => t.FinishedAt!.Value) - origin).TotalMilliseconds, 1);
        var height = (ran.Count * RowHeight) + 28;
        html.Append("<h2>Timeline</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"timeline\" width=\"{LabelWidth + BarWidth + 80}\" height=\"{height}\">\n");
        for (var i = 0; i < ran.Count; i++)
        {
            var task = ran[i];
            var y = i * RowHeight;
            var x = LabelWidth + ((task.StartedAt!.Value - origin).TotalMilliseconds / total * BarWidth);
            var width = Math.Max((task.FinishedAt!.Value - task.StartedAt.Value).TotalMilliseconds / total * BarWidth, 2);
            var colour = ReportFacts.IsFailed(task) ? "#cf222e" : task.State == Core.Reporting.OperationPhase.Succeeded ? "#2da44e" : "#8c959f";
            var label = $"{task.Phase} w{task.Wave.ToString(CultureInfo.InvariantCulture)} {task.DisplayName}";
            label = label.Length > 48 ? label[..47] + "…" : label;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{e(label)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{width:0.#}\" height=\"{RowHeight - 8}\" rx=\"3\" fill=\"{colour}\"><title>{e($"{task.DisplayName}: {task.State?.ToString() ?? "-"}")}</title></rect>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + width + 4:0.#}\" y=\"{y + 15}\" fill=\"#59636e\">{e(task.Duration is { } d ? ReportFacts.Seconds(d) : string.Empty)}</text>\n");
        }
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LabelWidth}\" y1=\"{height - 22}\" x2=\"{LabelWidth + BarWidth}\" y2=\"{height - 22}\" stroke=\"#d0d7de\"/>");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{height - 6}\" fill=\"#59636e\">0s</text>");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth}\" y=\"{height - 6}\" text-anchor=\"end\" fill=\"#59636e\">{e(ReportFacts.Seconds(TimeSpan.FromMilliseconds(total)))}</text>\n");
        html.Append("</svg>\n");
    }

    private static void AppendTasks(StringBuilder html, SyncReport report, Func<string?, string> e, Func<SourceLocation, string?> link)
    {
        if (report.Tasks.Count == 0)
        {
            return;
        }
        html.Append("<h2>Tasks</h2>\n<table><tr><th>Phase</th><th>Wave</th><th>Object</th><th>Namespace</th><th>Action</th><th>State</th><th>Duration</th><th>Source</th></tr>\n");
        foreach (var task in report.Tasks)
        {
            var state = task.State?.ToString() ?? task.Status?.ToString() ?? (ReportFacts.NeverRan(task) ? "not run" : string.Empty);
            html.Append("<tr><td>").Append(e(task.Phase.ToString())).Append("</td><td class=\"num\">").Append(task.Wave.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(e(task.DisplayName)).Append("</td><td>").Append(e(task.Namespace))
                .Append("</td><td>").Append(e(task.Action?.ToString().ToLowerInvariant())).Append("</td><td")
                .Append(ReportFacts.IsFailed(task) ? " class=\"bad\"" : string.Empty).Append('>').Append(e(state + (task.Deleted ? " (deleted)" : string.Empty)))
                .Append("</td><td class=\"num\">").Append(e(task.Duration is { } d ? ReportFacts.Seconds(d) : string.Empty))
                .Append("</td><td>").Append(Source(task.Source, e, link)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void AppendFailures(StringBuilder html, SyncReport report, Func<string?, string> e, Func<SourceLocation, string?> link)
    {
        var failed = report.Tasks.Where(ReportFacts.IsFailed).ToList();
        if (failed.Count == 0)
        {
            return;
        }
        html.Append("<h2>Failures</h2>\n");
        foreach (var task in failed)
        {
            html.Append("<div class=\"failure\"><p><strong>").Append(e($"{task.Phase} wave {task.Wave.ToString(CultureInfo.InvariantCulture)} {task.DisplayName}"))
                .Append("</strong> (").Append(Source(task.Source, e, link)).Append(")</p>\n<table>");
            foreach (var (label, text) in CauseRows(task))
            {
                html.Append("<tr><th>").Append(e(label)).Append("</th><td>").Append(e(text)).Append("</td></tr>");
            }
            html.Append("</table>\n");
            if (task.LogTail.Count > 0)
            {
                html.Append("<pre>").Append(e(string.Join('\n', task.LogTail))).Append("</pre>\n");
            }
            html.Append("</div>\n");
        }
    }

    private static void AppendDiagnostics(StringBuilder html, SyncReport report, Func<string?, string> e, Func<SourceLocation, string?> link)
    {
        if (report.Diagnostics.Count == 0)
        {
            return;
        }
        html.Append("<h2>Diagnostics</h2>\n<table><tr><th>Severity</th><th>Code</th><th>Location</th><th>Message</th></tr>\n");
        foreach (var diagnostic in report.Diagnostics)
        {
            html.Append("<tr><td>").Append(e(diagnostic.Severity.ToString().ToLowerInvariant())).Append("</td><td>").Append(e(diagnostic.Code))
                .Append("</td><td>").Append(diagnostic.Source is { } source ? Source(source, e, link) : string.Empty)
                .Append("</td><td>").Append(e(diagnostic.Message)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Source(SourceLocation source, Func<string?, string> e, Func<SourceLocation, string?> link) =>
        link(source) is { } url
            ? $"<a href=\"{e(url)}\">{e(source.ToString())}</a>"
            : e(source.ToString());
}
