using HookSync.CiPlatforms.Common;
using HookSync.CiPlatforms.Console;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>Writes the runner's environment files: step outputs (appended) and the step summary (overwritten).</summary>
internal sealed class GitHubFiles(ConsoleReporter console)
{
    private ReporterContext Context => console.Context;

    /// <summary>The "in progress" summary, so a run killed before Complete still leaves one.</summary>
    public void WriteEarlySummary(RunInfo? info, SyncPlan plan)
    {
        if (Context.Environment.Get(GitHubActions.StepSummaryVariable) is { Length: > 0 } path)
        {
            console.TryWriteFile(path, p => OutputFile.Overwrite(p, StepSummary.InProgress(info, plan, console.Writer.Redact)));
        }
    }

    /// <summary>Replaces the early summary; the file is this step's own, so overwriting loses nothing of other steps.</summary>
    public void WriteFinalSummary(SyncReport report, AnnotationBudget annotations)
    {
        if (Context.Environment.Get(GitHubActions.StepSummaryVariable) is not { Length: > 0 } path)
        {
            console.Paint($"notice: {GitHubActions.StepSummaryVariable} is not set; the step summary was not written", Ansi.Yellow);
            return;
        }
        console.TryWriteFile(path, p => OutputFile.Overwrite(p, StepSummary.Final(report, annotations, RunLink(), console.Writer.Redact,
            source => GitHubActions.SourceUrlOf(Context.Environment, report.Revision, source))));
    }

    public void WriteOutputs(SyncReport report)
    {
        if (Context.Environment.Get(GitHubActions.OutputVariable) is not { Length: > 0 } path)
        {
            console.Paint($"notice: {GitHubActions.OutputVariable} is not set; step outputs were not written", Ansi.Yellow);
            return;
        }
        var outputs = RunOutputs.For(report, Context.ReportPath)
            .Select(o => KeyValuePair.Create(o.Key, console.Writer.Redact(o.Value)));
        console.TryWriteFile(path, p => OutputFile.Append(p, OutputFile.Render(outputs)));
    }

    /// <summary>A link back to the run, when the runner says where it is.</summary>
    private string? RunLink()
    {
        var server = Context.Environment.Get("GITHUB_SERVER_URL");
        var repository = Context.Environment.Get(GitHubActions.RepositoryVariable);
        var runId = Context.Environment.Get("GITHUB_RUN_ID");
        return string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repository) || string.IsNullOrEmpty(runId)
            ? null
            : $"{server.TrimEnd('/')}/{repository}/actions/runs/{runId}";
    }
}
