using HookSync.Core.Diff;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.Console;

/// <summary>Prints the diff on the console, coloured only when the context says so (a terminal, and NO_COLOR unset).</summary>
internal sealed class ConsoleDiffPublisher(ReporterContext context) : IDiffPublisher
{
    private readonly ConsoleReporter _console = new(context);

    public void Print(DiffReport report)
    {
        foreach (var line in DiffPrinter.Lines(report))
        {
            _console.Paint(line.Text, DiffConsoleText.ColourOf(line.Style));
        }
        _console.Writer.Flush();
    }

    public void Summarize(DiffReport report, string target, int exitCode)
    {
        // The console has no summary: the printed diff is all there is.
    }
}
