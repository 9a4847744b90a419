using HookSync.CiPlatforms.Console;
using HookSync.Core.Diff;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>GitHub Actions: the diff in the log as on the console, and in the step summary with one collapsed block per object.</summary>
internal sealed class GitHubDiffPublisher(ReporterContext context) : IDiffPublisher
{
    private readonly ConsoleReporter _console = new(context);
    private readonly ConsoleDiffPublisher _log = new(context);

    public void Print(DiffReport report) => _log.Print(report);

    public void Summarize(DiffReport report, string target, int exitCode)
    {
        if (context.Environment.Get(GitHubActions.StepSummaryVariable) is not { Length: > 0 } path)
        {
            _console.Paint($"notice: {GitHubActions.StepSummaryVariable} is not set; the step summary was not written", Ansi.Yellow);
            return;
        }
        _console.TryWriteFile(path, p => OutputFile.Overwrite(p, DiffSummary.Markdown(report, target, exitCode, _console.Writer.Redact)));
    }
}
