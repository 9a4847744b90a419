using HookSync.CiPlatforms.Common;
using HookSync.CiPlatforms.Console;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.GitHub;

/// <summary>Reports a run to GitHub Actions: masks, groups, annotations, protected hook logs, outputs and the step summary.</summary>
internal sealed class GitHubReporter : IRunReporter
{
    private readonly Lock _gate = new();
    private readonly ConsoleReporter _console;
    private readonly AnnotationBudget _annotations = new();
    private RunInfo? _info;
    private bool _groupOpen;
    private string? _stopToken;

    public GitHubReporter(ReporterContext context) => _console = new ConsoleReporter(context);

    private ReporterContext Context => _console.Context;

    private RedactingWriter Writer => _console.Writer;

    public void Begin(RunInfo info)
    {
        lock (_gate)
        {
            _info = info;
            // Contract §4: every secret is registered before anything else is printed.
            foreach (var mask in MaskValues.For(Context.Redactor.Secrets))
            {
                Writer.UnredactedLine(WorkflowCommands.AddMask(mask));
            }
            _console.WriteHeader(info);
        }
    }

    public void ReportDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            EndLogBlock();
            foreach (var diagnostic in diagnostics)
            {
                if (_annotations.TryTake(diagnostic.Severity))
                {
                    Writer.Line(WorkflowCommands.Annotation(
                        AnnotationBudget.CommandFor(diagnostic.Severity),
                        Redact(diagnostic.Source?.File),
                        diagnostic.Source?.Line,
                        diagnostic.Code,
                        Writer.Redact(diagnostic.Message)));
                }
                else
                {
                    _console.WriteDiagnostic(diagnostic);
                }
            }
        }
    }

    public void ReportPlan(SyncPlan plan)
    {
        lock (_gate)
        {
            EndLogBlock();
            _console.WritePlan(plan);
            if (Context.Environment.Get(GitHubActions.StepSummaryVariable) is { Length: > 0 } path)
            {
                TryWrite(path, () => OutputFile.Overwrite(path, StepSummary.InProgress(_info, plan, Writer.Redact)));
            }
        }
    }

    public void OnEvent(SyncEvent syncEvent)
    {
        lock (_gate)
        {
            switch (syncEvent)
            {
                case HookLogLine:
                    // Hook logs are untrusted: a line such as "::add-mask::" or "##[error]" must not run.
                    if (_stopToken is null)
                    {
                        _stopToken = RandomToken.NewHex();
                        Writer.Line(WorkflowCommands.StopCommands(_stopToken));
                    }
                    _console.WriteEvent(syncEvent);
                    return;
                case PhaseStarted started:
                    EndLogBlock();
                    EndGroup();
                    Writer.Line(WorkflowCommands.Group(started.Phase.ToString()));
                    _groupOpen = true;
                    _console.WriteEvent(syncEvent);
                    return;
                case PhaseCompleted:
                    EndLogBlock();
                    EndGroup();
                    _console.WriteEvent(syncEvent);
                    return;
                default:
                    EndLogBlock();
                    _console.WriteEvent(syncEvent);
                    return;
            }
        }
    }

    public void Complete(SyncReport report)
    {
        lock (_gate)
        {
            EndLogBlock();
            EndGroup();
            AnnotateFailedTasks(report);
            WriteOutputs(report);
            WriteSummary(report);
            _console.WriteVerdict(report);
        }
    }

    private void AnnotateFailedTasks(SyncReport report)
    {
        foreach (var task in report.Tasks.Where(ReportFacts.IsFailed))
        {
            if (!_annotations.TryTake(DiagnosticSeverity.Error))
            {
                continue;
            }
            var state = task.State?.ToString() ?? "Failed";
            Writer.Line(WorkflowCommands.Annotation(
                "error",
                Redact(task.Source.File),
                task.Source.Line,
                Writer.Redact($"{task.Phase} {task.DisplayName} {state}"),
                Writer.Redact(task.Message ?? state)));
        }
    }

    private void WriteOutputs(SyncReport report)
    {
        if (Context.Environment.Get(GitHubActions.OutputVariable) is not { Length: > 0 } path)
        {
            _console.Paint($"notice: {GitHubActions.OutputVariable} is not set; step outputs were not written", Ansi.Yellow);
            return;
        }
        var outputs = RunOutputs.For(report, Context.ReportPath)
            .Select(o => KeyValuePair.Create(o.Key, Writer.Redact(o.Value)));
        TryWrite(path, () => OutputFile.Append(path, OutputFile.Render(outputs)));
    }

    private void WriteSummary(SyncReport report)
    {
        if (Context.Environment.Get(GitHubActions.StepSummaryVariable) is not { Length: > 0 } path)
        {
            _console.Paint($"notice: {GitHubActions.StepSummaryVariable} is not set; the step summary was not written", Ansi.Yellow);
            return;
        }
        TryWrite(path, () => OutputFile.Overwrite(path, StepSummary.Final(report, _annotations, RunLink(), Writer.Redact)));
    }

    private string? RunLink()
    {
        var server = Context.Environment.Get("GITHUB_SERVER_URL");
        var repository = Context.Environment.Get("GITHUB_REPOSITORY");
        var runId = Context.Environment.Get("GITHUB_RUN_ID");
        return string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repository) || string.IsNullOrEmpty(runId)
            ? null
            : $"{server.TrimEnd('/')}/{repository}/actions/runs/{runId}";
    }

    private void TryWrite(string path, Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            _console.Paint($"notice: could not write {path}: {e.Message}", Ansi.Yellow);
        }
        catch (UnauthorizedAccessException e)
        {
            _console.Paint($"notice: could not write {path}: {e.Message}", Ansi.Yellow);
        }
    }

    private void EndLogBlock()
    {
        if (_stopToken is not null)
        {
            Writer.Line(WorkflowCommands.ResumeCommands(_stopToken));
            _stopToken = null;
        }
    }

    // Groups never nest (an inner group breaks the outer one's folding): close before opening.
    private void EndGroup()
    {
        if (_groupOpen)
        {
            Writer.Line(WorkflowCommands.EndGroup);
            _groupOpen = false;
        }
    }

    private string? Redact(string? text) => text is null ? null : Writer.Redact(text);
}
