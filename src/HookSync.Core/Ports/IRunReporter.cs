using HookSync.Core.Diagnostics;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Core.Ports;

/// <summary>Reports one run the way a CI platform expects. Calls come in this order: Begin, Diagnostics, Plan, events, Complete.</summary>
public interface IRunReporter : ISyncObserver
{
    /// <summary>First call: register masks (GitHub) before any other output, print the header.</summary>
    void Begin(RunInfo info);

    /// <summary>Input findings: printed, and annotated at file:line where the platform supports it.</summary>
    void ReportDiagnostics(IReadOnlyList<Diagnostic> diagnostics);

    /// <summary>The plan about to run (or, for <c>plan</c>, the result).</summary>
    void ReportPlan(SyncPlan plan);

    /// <summary>Last call: outputs, summary, report files, the verdict line. Must finish quickly (cancellation gives it 5 s).</summary>
    void Complete(SyncReport report);
}
