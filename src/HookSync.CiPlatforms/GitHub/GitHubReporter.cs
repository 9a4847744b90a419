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
    private readonly HashSet<string> _masked = new(StringComparer.Ordinal);
    private RunInfo? _info;
    private bool _groupOpen;
    private string? _stopToken;

    private readonly GitHubFiles _files;

    public GitHubReporter(ReporterContext context)
    {
        _console = new ConsoleReporter(context);
        _files = new GitHubFiles(_console);
    }

    private ReporterContext Context => _console.Context;

    private RedactingWriter Writer => _console.Writer;

    public void Begin(RunInfo info)
    {
        lock (_gate)
        {
            _info = info;
            RegisterMasks();
            _console.WriteHeader(info);
        }
    }

    public void ReportDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            RegisterMasks();
            EndLogBlock();
            foreach (var diagnostic in diagnostics)
            {
                if (_annotations.TryTake(diagnostic.Severity))
                {
                    Writer.CommandLine(WorkflowCommands.Annotation(
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
            RegisterMasks();
            EndLogBlock();
            _console.WritePlan(plan);
            _files.WriteEarlySummary(_info, plan);
        }
    }

    public void OnEvent(SyncEvent syncEvent)
    {
        lock (_gate)
        {
            RegisterMasks();
            switch (syncEvent)
            {
                case HookLogLine:
                    // Hook logs are untrusted: a line such as "::add-mask::" or "##[error]" must not run.
                    if (_stopToken is null)
                    {
                        _stopToken = RandomToken.NewHex();
                        Writer.CommandLine(WorkflowCommands.StopCommands(_stopToken));
                    }
                    _console.WriteEvent(syncEvent);
                    return;
                case PhaseStarted started:
                    EndLogBlock();
                    EndGroup();
                    Writer.CommandLine(WorkflowCommands.Group(started.Phase.ToString()));
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
            RegisterMasks();
            EndLogBlock();
            EndGroup();
            AnnotateFailedTasks(report);
            _files.WriteOutputs(report);
            _files.WriteFinalSummary(report, _annotations);
            HtmlReportFile.Write(_console, report, source => GitHubActions.SourceUrlOf(Context.Environment, report.Revision, source));
            _console.WriteVerdict(report);
        }
    }

    // README Cluster credentials: every secret is masked before anything else is printed. Begin masks all secrets known
    // then; a secret read later (a token from an exec plugin) is masked before the next line goes out.
    private void RegisterMasks()
    {
        foreach (var mask in MaskValues.For(Context.Redactor.Secrets))
        {
            if (_masked.Add(mask))
            {
                // Commands are ignored inside stop-commands, so an open log block ends before the mask.
                EndLogBlock();
                Writer.UnredactedLine(WorkflowCommands.AddMask(mask));
            }
        }
    }

    private void AnnotateFailedTasks(SyncReport report)
    {
        foreach (var task in report.Tasks.Where(ReportFacts.NeedsExplaining))
        {
            if (!_annotations.TryTake(DiagnosticSeverity.Error))
            {
                continue;
            }
            var state = task.State?.ToString() ?? "Failed";
            Writer.CommandLine(WorkflowCommands.Annotation(
                "error",
                Redact(task.Source.File),
                task.Source.Line,
                Writer.Redact($"{task.Phase} {task.DisplayName} {state}{(task.Cause is { } c ? ": " + c.Code : string.Empty)}"),
                Writer.Redact((task.Message ?? state) + (task.Cause is { } cause ? $"\ncause: {cause.Message}\nhint: {cause.Hint}" : string.Empty))));
        }
    }

    private void EndLogBlock()
    {
        if (_stopToken is not null)
        {
            Writer.CommandLine(WorkflowCommands.ResumeCommands(_stopToken));
            _stopToken = null;
        }
    }

    // Groups never nest (an inner group breaks the outer one's folding): close before opening.
    private void EndGroup()
    {
        if (_groupOpen)
        {
            Writer.CommandLine(WorkflowCommands.EndGroup);
            _groupOpen = false;
        }
    }

    private string? Redact(string? text) => text is null ? null : Writer.Redact(text);
}
