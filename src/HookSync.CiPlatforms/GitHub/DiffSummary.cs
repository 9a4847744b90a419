using System.Text;
using HookSync.CiPlatforms.Common;
using HookSync.Core.Diff;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>
/// The step summary of <c>hooksync diff</c>: the counts, one collapsed <c>&lt;details&gt;</c> per changed object with its
/// diff in a fenced block, the unchanged objects and the hooks as lists. Bounded by the runner's 1 MiB limit, and each
/// object's diff by <see cref="PerObjectBytes"/>, so one huge ConfigMap cannot crowd out the rest.
/// </summary>
internal static class DiffSummary
{
    public const int PerObjectBytes = 64 * 1024;

    public static string Markdown(DiffReport report, string target, int exitCode, Func<string, string> redact)
    {
        var text = new BoundedText(StepSummary.ByteLimit, redact);
        text.Append("# HookSync diff\n");
        var icon = report.HasRejections ? "❌" : report.HasDifferences ? "📝" : "✅";
        text.Append($"{icon} **{MarkdownText.Html(report.CountsText())}** · revision `{MarkdownText.Html(ReportFacts.ShortRevision(report.Revision))}` "
            + $"· {MarkdownText.Html(target)} · exit code `{exitCode}`\n");
        foreach (var obj in report.Objects.Where(o => o.Action != DiffAction.Unchanged))
        {
            if (!text.Append(Details(obj)))
            {
                return text.ToString();
            }
        }
        var unchanged = report.Objects.Where(o => o.Action == DiffAction.Unchanged).ToList();
        if (unchanged.Count > 0)
        {
            text.Append("## Unchanged\n");
            foreach (var obj in unchanged)
            {
                if (!text.Append($"- {MarkdownText.Html(obj.DisplayName)} ({MarkdownText.Html(obj.Source?.ToString() ?? string.Empty)})"))
                {
                    return text.ToString();
                }
            }
            text.Append(string.Empty);
        }
        if (report.Hooks.Count > 0)
        {
            text.Append("## Hooks (will run; not diffed)\n");
            foreach (var hook in report.Hooks)
            {
                if (!text.Append($"- {hook.Phase} wave {hook.Wave}: {MarkdownText.Html(hook.DisplayName)} ({MarkdownText.Html(hook.Source.ToString())})"))
                {
                    return text.ToString();
                }
            }
        }
        return text.ToString();
    }

    private static string Details(ObjectDiff obj)
    {
        var where = obj.Source?.ToString() ?? "not in the manifests";
        var block = new StringBuilder()
            .Append("<details><summary>").Append(MarkdownText.Html($"{DiffPrinter.ActionText(obj.Action)} {obj.DisplayName} ({where})")).Append("</summary>\n\n");
        if (obj.Note is { } note)
        {
            block.Append(MarkdownText.Html(note)).Append("\n\n");
        }
        var lines = obj.UnifiedLines();
        if (lines.Count > 0)
        {
            block.Append(MarkdownText.CodeBlock(Capped(lines), "diff")).Append("\n\n");
        }
        return block.Append("</details>\n").ToString();
    }

    private static List<string> Capped(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        var bytes = 0;
        foreach (var line in lines)
        {
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
            if (bytes > PerObjectBytes)
            {
                kept.Add($"… {lines.Count - kept.Count} more lines not shown (the JSON output of diff has them all)");
                break;
            }
            kept.Add(line);
        }
        return kept;
    }
}
