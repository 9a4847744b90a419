using HookSync.Core.Model;

namespace HookSync.Core.Diff;

/// <summary>
/// The text of <c>hooksync diff</c> (docs/sync-semantics.md "Diff"): per object a header line (action, kind,
/// namespace/name, file:line) and its unified YAML diff; then the hooks that would run; then the counts. Every string
/// from a manifest or the server is made visible (<see cref="DisplayText"/>) before it is printed.
/// </summary>
public static class DiffPrinter
{
    public static IReadOnlyList<DiffPrintLine> Lines(DiffReport report)
    {
        var lines = new List<DiffPrintLine>();
        foreach (var d in report.Diagnostics)
        {
            lines.Add(new DiffPrintLine(DiffLineStyle.Plain, DisplayText.Visible(d.ToString())));
        }
        if (report.Diagnostics.Count > 0)
        {
            lines.Add(new DiffPrintLine(DiffLineStyle.Plain, string.Empty));
        }
        foreach (var obj in report.Objects)
        {
            lines.Add(new DiffPrintLine(DiffLineStyle.ObjectHeader, Header(obj)));
            if (obj.Note is { } note)
            {
                lines.Add(new DiffPrintLine(DiffLineStyle.Plain, "  " + DisplayText.Visible(note)));
            }
            foreach (var line in obj.UnifiedLines())
            {
                lines.Add(new DiffPrintLine(StyleOf(line), DisplayText.Visible(line)));
            }
            if (obj.Hunks.Count > 0 || obj.Note is not null)
            {
                lines.Add(new DiffPrintLine(DiffLineStyle.Plain, string.Empty));
            }
        }
        if (report.Hooks.Count > 0)
        {
            lines.Add(new DiffPrintLine(DiffLineStyle.ObjectHeader, "Hooks (will run; not diffed):"));
            foreach (var hook in report.Hooks)
            {
                lines.Add(new DiffPrintLine(DiffLineStyle.Plain,
                    DisplayText.Visible($"  {hook.Phase} wave {hook.Wave}  {hook.DisplayName}  ({hook.Source})")));
            }
            lines.Add(new DiffPrintLine(DiffLineStyle.Plain, string.Empty));
        }
        lines.Add(new DiffPrintLine(DiffLineStyle.ObjectHeader, "Diff: " + report.CountsText()));
        return lines;
    }

    /// <summary>The whole text, without colour.</summary>
    public static string Render(DiffReport report) => string.Concat(Lines(report).Select(l => l.Text + "\n"));

    /// <summary>The marker and word for an action: <c>+ create</c>, <c>~ update</c>, <c>= unchanged</c>, <c>- prune</c>, <c>! rejected</c>.</summary>
    public static string ActionText(DiffAction action) => action switch
    {
        DiffAction.Create => "+ create",
        DiffAction.Update => "~ update",
        DiffAction.Unchanged => "= unchanged",
        DiffAction.Prune => "- prune",
        _ => "! rejected",
    };

    private static string Header(ObjectDiff obj)
    {
        var where = obj.Source is { } source ? source.ToString() : "not in the manifests";
        return DisplayText.Visible($"{ActionText(obj.Action),-12}{obj.DisplayName}  ({where})");
    }

    private static DiffLineStyle StyleOf(string line) => line switch
    {
        _ when line.StartsWith("--- ", StringComparison.Ordinal) || line.StartsWith("+++ ", StringComparison.Ordinal) => DiffLineStyle.FileHeader,
        _ when line.StartsWith("@@", StringComparison.Ordinal) => DiffLineStyle.HunkHeader,
        _ when line.StartsWith('+') => DiffLineStyle.Added,
        _ when line.StartsWith('-') => DiffLineStyle.Removed,
        _ => DiffLineStyle.Plain,
    };
}
