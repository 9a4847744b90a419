using System.Globalization;
using System.Text;
using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>Renders a plan as stable, aligned text: what <c>hooksync plan</c> prints and what golden tests compare.</summary>
public static class PlanPrinter
{
    public static string Render(SyncPlan plan)
    {
        var sb = new StringBuilder();
        var ctx = plan.Context;
        sb.Append(CultureInfo.InvariantCulture, $"Plan for revision {DisplayText.Visible(Short(ctx.Revision))}, default namespace \"{DisplayText.Visible(ctx.DefaultNamespace)}\"").Append('\n');

        var rows = plan.Tasks.Select(Row).ToList();
        var widths = Enumerable.Range(0, 4).Select(i => rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)).ToArray();
        var index = 0;
        foreach (var phase in Enum.GetValues<SyncPhase>())
        {
            var phaseTasks = plan.Tasks.Where(t => t.Phase == phase).ToList();
            if (phaseTasks.Count == 0)
            {
                continue;
            }
            sb.Append('\n').Append(phase == SyncPhase.SyncFail ? "SyncFail (runs only if the sync fails; waves are ignored)" : phase.ToString()).Append('\n');
            long? wave = null;
            foreach (var task in phaseTasks)
            {
                if (wave != task.Wave)
                {
                    wave = task.Wave;
                    sb.Append(CultureInfo.InvariantCulture, $"  wave {task.Wave}").Append('\n');
                }
                var row = rows[index++];
                sb.Append("    ");
                for (var i = 0; i < row.Length; i++)
                {
                    sb.Append(i < widths.Length ? row[i].PadRight(widths[i] + 2) : row[i]);
                }
                sb.Length = TrimEnd(sb);
                sb.Append('\n');
            }
        }
        if (plan.Tasks.Count == 0)
        {
            sb.Append("\n(no tasks)\n");
        }

        if (plan.Skipped.Count > 0)
        {
            sb.Append("\nNot applied\n");
            foreach (var s in plan.Skipped)
            {
                var why = s.Role == ObjectRole.Skip ? "Skip" : "ignored: no valid hook phase";
                sb.Append(CultureInfo.InvariantCulture, $"    {DisplayText.Visible(s.Object.ToString())}  ({why})  {DisplayText.Visible(s.Source.ToString())}").Append('\n');
            }
        }

        if (plan.Diagnostics.Count > 0)
        {
            sb.Append("\nDiagnostics\n");
            foreach (var d in plan.Diagnostics)
            {
                sb.Append("    ").Append(DisplayText.Visible(d.ToString())).Append('\n');
            }
        }

        var hooks = plan.Tasks.Count(t => t.IsHook);
        var errors = plan.Diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        var warnings = plan.Diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Warning);
        sb.Append(CultureInfo.InvariantCulture,
            $"\n{plan.Tasks.Count} tasks ({hooks} hooks) in {plan.Steps.Count} steps, {plan.SyncFailTasks.Count} SyncFail, {plan.Skipped.Count} not applied; {errors} errors, {warnings} warnings").Append('\n');
        return sb.ToString();
    }

    private static string[] Row(SyncTask task)
    {
        var kindName = $"{task.Object.Kind}/{task.Object.Name}";
        var ns = task.Object.Namespace.Length == 0 ? "(cluster)" : task.Object.Namespace;
        var hook = task.IsHook ? $"hook {string.Join(",", task.DeletePolicies)}" : "resource";
        var extra = new List<string>();
        if (task.IsHook && task.Spec.HookTimeout is { } timeout)
        {
            extra.Add($"timeout {DurationParser.Format(timeout)}");
        }
        if (task.SkipDryRun)
        {
            extra.Add("no dry-run");
        }
        var source = task.Source.ToString();
        // Names and paths come from the manifests: one task is one line, whatever they contain.
        return [DisplayText.Visible(kindName), DisplayText.Visible(ns), hook, DisplayText.Visible(source), extra.Count == 0 ? string.Empty : string.Join(", ", extra)];
    }

    private static string Short(string revision) => revision.Length > 7 ? revision[..7] : revision;

    private static int TrimEnd(StringBuilder sb)
    {
        var length = sb.Length;
        while (length > 0 && sb[length - 1] == ' ')
        {
            length--;
        }
        return length;
    }
}
