using System.Text;
using HookSync.CiPlatforms.Common;
using HookSync.Core.Diagnostics;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Review;

/// <summary>
/// The Markdown of the sticky review comment (README "Comment on the pull request"): the hidden marker, the verdict, the plan,
/// the diff when one is given, and the diagnostics. The same input gives the same bytes, so an unchanged plan rewrites the
/// same comment.
/// </summary>
public static class ReviewCommentBody
{
    /// <summary>Below GitHub's 65,536-character limit for a comment (GitLab allows more), with room for the closing lines.</summary>
    public const int MaxCharacters = 60_000;

    /// <summary>The hidden line the comment is found by: one per application, so two apps in one pull request get two comments.</summary>
    public static string Marker(string appName) => $"<!-- hooksync-review app={Uri.EscapeDataString(appName)} -->";

    /// <param name="appName">The application (its marker and heading).</param>
    /// <param name="plan">The stamped plan report (<c>ExitCode</c> set).</param>
    /// <param name="diff">The diff text to show in a <c>diff</c> code block, or null.</param>
    /// <param name="redact">Removes registered secrets from every text that goes in.</param>
    public static string Render(string appName, SyncReport plan, string? diff, Func<string, string> redact)
    {
        var text = new StringBuilder();
        text.Append(Marker(appName)).Append('\n');
        text.Append($"### HookSync plan for {ReviewMarkdown.Text(appName)}\n\n");
        var ok = plan.ExitCode == 0;
        var errors = plan.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = plan.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        text.Append(ok ? "✅ **Plan valid**: " : "❌ **Plan has errors**: ")
            .Append(ReviewMarkdown.Text(redact(plan.Message)))
            .Append($" · revision {ReviewMarkdown.Text(ReportFacts.ShortRevision(plan.Revision))}")
            .Append($" · exit code {plan.ExitCode}")
            .Append($" · {ReportFacts.Plural(errors, "error")}, {ReportFacts.Plural(warnings, "warning")}\n\n");
        var body = new List<string>();
        if (plan.Tasks.Count > 0)
        {
            body.Add("#### Plan\n");
            body.Add(ReviewMarkdown.Row("Phase", "Wave", "Object", "Namespace", "Hook", "Source"));
            body.Add("| --- | ---: | --- | --- | --- | --- |");
            body.AddRange(plan.Tasks.Select(t => ReviewMarkdown.Row(t.Phase.ToString(), t.Wave.ToString(System.Globalization.CultureInfo.InvariantCulture),
                redact(t.DisplayName), redact(t.Namespace ?? string.Empty), t.Hook ? "hook" : string.Empty, redact(t.Source.ToString()))));
            body.Add(string.Empty);
        }
        if (diff is not null)
        {
            body.Add("<details open><summary>Diff against the cluster</summary>\n");
            body.Add(ReviewMarkdown.CodeBlock("diff", Capped(redact(diff), MaxCharacters / 2)));
            body.Add("\n</details>\n");
        }
        if (plan.Diagnostics.Count > 0)
        {
            body.Add("#### Diagnostics\n");
            body.Add(ReviewMarkdown.Row("Severity", "Code", "Location", "Message"));
            body.Add("| --- | --- | --- | --- |");
            body.AddRange(plan.Diagnostics.Select(d => ReviewMarkdown.Row(d.Severity.ToString().ToLowerInvariant(), d.Code,
                redact(d.Source?.ToString() ?? string.Empty), redact(d.Message))));
            body.Add(string.Empty);
        }
        const string cut = "\n… the rest is cut to fit the comment size limit; the job log and the JSON report have everything.\n";
        foreach (var block in body)
        {
            if (text.Length + block.Length + 1 > MaxCharacters - cut.Length)
            {
                // Whole blocks only, so a table or code block is never left open.
                text.Append(cut);
                break;
            }
            text.Append(block).Append('\n');
        }
        return text.ToString();
    }

    // A long diff keeps its first lines and says how many more there were.
    private static string Capped(string diff, int limit)
    {
        if (diff.Length <= limit)
        {
            return diff;
        }
        var at = diff.LastIndexOf('\n', limit - 1);
        var kept = diff[..(at > 0 ? at : limit)];
        var more = diff[kept.Length..].Count(c => c == '\n');
        return $"{kept}\n… {more} more lines";
    }
}
