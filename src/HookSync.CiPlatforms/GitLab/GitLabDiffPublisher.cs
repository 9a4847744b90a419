using HookSync.CiPlatforms.Console;
using HookSync.Core.Diff;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.GitLab;

/// <summary>
/// GitLab has no step summary: the job log is the summary, so each object's diff is a collapsed section there (the
/// header line stays visible), and the counts follow outside any section.
/// </summary>
internal sealed class GitLabDiffPublisher(ReporterContext context) : IDiffPublisher
{
    private readonly ConsoleReporter _console = new(context);

    public void Print(DiffReport report)
    {
        var unixSeconds = context.Time.GetUtcNow().ToUnixTimeSeconds();
        var lines = DiffPrinter.Lines(report);
        var section = 0;
        string? open = null;
        foreach (var line in lines)
        {
            if (line.Style == DiffLineStyle.ObjectHeader)
            {
                if (open is not null)
                {
                    _console.Writer.CommandLine(CollapsibleSection.End(open, unixSeconds));
                    open = null;
                }
                // Objects with a diff get a section; the final counts line is printed plainly.
                if (!line.Text.StartsWith("Diff: ", StringComparison.Ordinal))
                {
                    open = $"hooksync_diff_{++section}";
                    _console.Writer.CommandLine(CollapsibleSection.Start(open, unixSeconds,
                        Ansi.Paint(Common.SafeLine.Of(_console.Writer.Redact(line.Text)), Ansi.Bold, context.Color), collapsed: true));
                    continue;
                }
            }
            _console.Paint(line.Text, DiffConsoleText.ColourOf(line.Style));
        }
        if (open is not null)
        {
            _console.Writer.CommandLine(CollapsibleSection.End(open, unixSeconds));
        }
        _console.Writer.Flush();
    }

    public void Summarize(DiffReport report, string target, int exitCode)
    {
        // No summary file on GitLab; the sections above are it (a merge-request note is issue 10).
    }
}
