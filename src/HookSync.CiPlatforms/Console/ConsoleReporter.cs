using HookSync.CiPlatforms.Common;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Console;

/// <summary>The plain console log; GitHub and GitLab reporters print through it and add their own markers.</summary>
internal sealed class ConsoleReporter : IRunReporter
{
    private readonly Lock _gate = new();

    public ConsoleReporter(ReporterContext context)
    {
        Context = context;
        Writer = new RedactingWriter(context.Out, context.Error, context.Redactor);
    }

    public ReporterContext Context { get; }

    public RedactingWriter Writer { get; }

    public void Begin(RunInfo info)
    {
        lock (_gate)
        {
            WriteHeader(info);
        }
    }

    public void ReportDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            foreach (var diagnostic in diagnostics)
            {
                WriteDiagnostic(diagnostic);
            }
        }
    }

    public void ReportPlan(SyncPlan plan)
    {
        lock (_gate)
        {
            WritePlan(plan);
        }
    }

    public void OnEvent(SyncEvent syncEvent)
    {
        lock (_gate)
        {
            WriteEvent(syncEvent);
        }
    }

    public void Complete(SyncReport report)
    {
        lock (_gate)
        {
            HtmlReportFile.Write(this, report, _ => null);
            WriteVerdict(report);
        }
    }

    public void WriteHeader(RunInfo info) => Paint(ConsoleText.Header(info), Ansi.Bold);

    public void WriteDiagnostic(Diagnostic diagnostic) =>
        Paint(ConsoleText.Diagnostic(diagnostic), diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Ansi.Red,
            DiagnosticSeverity.Warning => Ansi.Yellow,
            _ => null,
        });

    public void WritePlan(SyncPlan plan)
    {
        foreach (var step in plan.Steps)
        {
            Paint(ConsoleText.Step(step), null);
            foreach (var task in step.Tasks)
            {
                Paint(ConsoleText.PlannedTask(task), Ansi.Dim);
            }
        }
        if (plan.SyncFailTasks.Count > 0)
        {
            Paint($"SyncFail (on failure): {ReportFacts.Plural(plan.SyncFailTasks.Count, "task")}", null);
            foreach (var task in plan.SyncFailTasks)
            {
                Paint(ConsoleText.PlannedTask(task), Ansi.Dim);
            }
        }
        foreach (var skipped in plan.Skipped)
        {
            Paint(ConsoleText.Skipped(skipped), Ansi.Dim);
        }
    }

    public void WriteEvent(SyncEvent syncEvent)
    {
        // The apply line already says the task started ("created", "configured"); a separate "Running" line is noise.
        if (syncEvent is TaskStateChanged { State: OperationPhase.Running })
        {
            return;
        }
        var (text, colour) = ConsoleText.Event(syncEvent);
        Paint(text, colour);
    }

    /// <summary>
    /// The verdict block, each fact once: a run that did not succeed writes its <c>Result:</c> line to standard error (where
    /// a failure belongs, and what a terminal shows when stdout is redirected) instead of standard output, not to both.
    /// </summary>
    public void WriteVerdict(SyncReport report)
    {
        var succeeded = ReportFacts.Succeeded(report);
        var first = true;
        foreach (var (text, colour) in VerdictText.Lines(report))
        {
            if (first && !succeeded)
            {
                // Standard output is flushed first, so a log that merges the two streams keeps the block in order.
                Writer.Flush();
                Writer.ErrorLine(text);
            }
            else
            {
                Paint(text, colour);
            }
            first = false;
        }
        Writer.Flush();
    }

    /// <summary>Writes a report file; a file that cannot be written becomes a notice, never a failed run (the exit code must stay the sync's).</summary>
    public void TryWriteFile(string path, Action<string> write)
    {
        try
        {
            write(path);
        }
        catch (IOException e)
        {
            Paint($"notice: could not write {path}: {e.Message}", Ansi.Yellow);
        }
        catch (UnauthorizedAccessException e)
        {
            Paint($"notice: could not write {path}: {e.Message}", Ansi.Yellow);
        }
    }

    /// <summary>Writes a plain line, redacted before it is coloured so colour codes can never split a secret.</summary>
    /// <remarks>
    /// One event is one line: a line break inside a file name, manifest value or API message is shown as <c>\n</c>, because
    /// a continuation line starting <c>::</c> would run as a GitHub workflow command (the runner reads every stdout line).
    /// </remarks>
    public void Paint(string text, string? colour) =>
        Writer.CommandLine(Ansi.Paint(SafeLine.Of(Writer.Redact(text)), colour, Context.Color));
}
