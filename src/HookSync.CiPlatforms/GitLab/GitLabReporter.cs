using HookSync.CiPlatforms.Common;
using HookSync.CiPlatforms.Console;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.GitLab;

/// <summary>Reports a run to GitLab CI: a collapsible section per phase, then dotenv, JUnit and code-quality files.</summary>
internal sealed class GitLabReporter : IRunReporter
{
    private readonly Lock _gate = new();
    private readonly ConsoleReporter _console;
    private readonly List<Diagnostic> _diagnostics = [];
    private string? _openSection;

    public GitLabReporter(ReporterContext context) => _console = new ConsoleReporter(context);

    private ReporterContext Context => _console.Context;

    public void Begin(RunInfo info)
    {
        lock (_gate)
        {
            _console.WriteHeader(info);
        }
    }

    public void ReportDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _diagnostics.AddRange(diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                _console.WriteDiagnostic(diagnostic);
            }
        }
    }

    public void ReportPlan(SyncPlan plan)
    {
        lock (_gate)
        {
            _console.WritePlan(plan);
        }
    }

    public void OnEvent(SyncEvent syncEvent)
    {
        lock (_gate)
        {
            switch (syncEvent)
            {
                case PhaseStarted started:
                    EndSection();
                    _openSection = CollapsibleSection.NameOf(started.Phase);
                    _console.Writer.CommandLine(CollapsibleSection.Start(_openSection, UnixNow(), $"{started.Phase} phase"));
                    _console.WriteEvent(syncEvent);
                    return;
                case PhaseCompleted:
                    EndSection();
                    _console.WriteEvent(syncEvent);
                    return;
                default:
                    _console.WriteEvent(syncEvent);
                    return;
            }
        }
    }

    public void Complete(SyncReport report)
    {
        lock (_gate)
        {
            EndSection();
            var directory = Context.Environment.Get(GitLabCi.ProjectDirVariable) is { Length: > 0 } dir ? dir : Directory.GetCurrentDirectory();
            var redact = _console.Writer.Redact;
            // The report's diagnostics are the full list; those passed to ReportDiagnostics are used when it has none.
            var diagnostics = report.Diagnostics.Count > 0 ? report.Diagnostics : _diagnostics;
            _console.TryWriteFile(Path.Combine(directory, GitLabCi.DotenvFileName), path => File.WriteAllText(path, DotenvReport.Render(report, redact), JUnitReport.OutputEncoding));
            _console.TryWriteFile(Path.Combine(directory, GitLabCi.JUnitFileName), path => File.WriteAllText(path, JUnitReport.Render(report, redact), JUnitReport.OutputEncoding));
            _console.TryWriteFile(Path.Combine(directory, GitLabCi.CodeQualityFileName), path => File.WriteAllBytes(path, CodeQualityReport.Render(diagnostics, redact)));
            HtmlReportFile.Write(_console, report, source => GitLabCi.SourceUrlOf(Context.Environment, report.Revision, source));
            _console.WriteVerdict(report);
        }
    }


    // Sections stay flat (nesting mis-folds on older GitLab), so one is closed before the next opens.
    private void EndSection()
    {
        if (_openSection is not null)
        {
            _console.Writer.CommandLine(CollapsibleSection.End(_openSection, UnixNow()));
            _openSection = null;
        }
    }

    private long UnixNow() => Context.Time.GetUtcNow().ToUnixTimeSeconds();
}
