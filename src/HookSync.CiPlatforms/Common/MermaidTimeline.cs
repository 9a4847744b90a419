using System.Globalization;
using System.Text;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Common;

/// <summary>
/// The run as a Mermaid gantt (README Reports): one section per (phase, wave), one bar per task that ran, marked done or crit
/// (failed). Object names are hostile, so every name is reduced to characters that mean nothing to Mermaid's gantt grammar.
/// </summary>
internal static class MermaidTimeline
{
    /// <summary>Bars beyond this are left out (a summary has a size limit; the report lists every task).</summary>
    public const int MaxTasks = 200;

    /// <summary>The gantt text without its code fence, or null when no task ran (a plan, an early error).</summary>
    public static string? Gantt(SyncReport report)
    {
        var ran = report.Tasks.Where(t => t.StartedAt is not null && t.FinishedAt is not null).Take(MaxTasks).ToList();
        if (ran.Count == 0)
        {
            return null;
        }
        var text = new StringBuilder();
        text.Append("gantt\n");
        text.Append("    title HookSync sync ").Append(Safe(ReportFacts.ResultText(report))).Append('\n');
        text.Append("    dateFormat x\n");
        text.Append("    axisFormat %M:%S\n");
        string? section = null;
        foreach (var task in ran.OrderBy(t => t.StartedAt).ThenBy(t => t.Order))
        {
            var name = $"{task.Phase} wave {task.Wave.ToString(CultureInfo.InvariantCulture)}";
            if (name != section)
            {
                section = name;
                text.Append("    section ").Append(Safe(name)).Append('\n');
            }
            var start = task.StartedAt!.Value.ToUnixTimeMilliseconds();
            // A bar needs a length to be drawn; an instant task gets one millisecond.
            var end = Math.Max(task.FinishedAt!.Value.ToUnixTimeMilliseconds(), start + 1);
            var state = StateOf(task);
            var tag = ReportFacts.IsFailed(task) ? "crit, " : state == "Succeeded" ? "done, " : string.Empty;
            // The state comes first, so no object name can start a line with a gantt keyword (section, click, title...).
            var label = $"{state} {task.Kind}/{task.Name} {ReportFacts.Seconds(TimeSpan.FromMilliseconds(end - start))}";
            text.Append("    ").Append(Safe(label)).Append(" :").Append(tag)
                .Append(start.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(end.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The fenced block for Markdown (GitHub renders it), or an empty string when there is nothing to draw.</summary>
    public static string MarkdownBlock(SyncReport report) =>
        Gantt(report) is { } gantt ? "## Timeline\n\n```mermaid\n" + gantt + "```\n" : string.Empty;

    /// <summary>
    /// Keeps letters, digits and <c>space / . - _ ( ) [ ] + = , @</c>; anything else (the grammar's <c>: # ; %</c>, line
    /// breaks, backticks that would close the fence, quotes, angle brackets) becomes <c>_</c>. Bounded to 120 characters.
    /// </summary>
    public static string Safe(string text)
    {
        var safe = new StringBuilder(Math.Min(text.Length, 120));
        foreach (var c in text.Take(120))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is ' ' or '/' or '.' or '-' or '_' or '(' or ')' or '[' or ']' or '+' or '=' or ',' or '@' ? c : '_');
        }
        var result = safe.ToString().Trim();
        return result.Length == 0 ? "_" : result;
    }

    private static string StateOf(TaskReport task) =>
        task.State?.ToString() ?? task.Status?.ToString() ?? task.Action?.ToString() ?? "Done";
}
