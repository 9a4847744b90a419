using HookSync.Core.Reporting;

namespace HookSync.Core.Tests.Execution;

/// <summary>Lookups into a report for assertions.</summary>
internal static class ReportAssert
{
    public static TaskReport Task(this SyncReport report, string name) => report.Tasks.Single(t => t.Name == name);

    public static TaskReport Task(this SyncReport report, string name, Hooks.SyncPhase phase) =>
        report.Tasks.Single(t => t.Name == name && t.Phase == phase);

    /// <summary>Tasks that have a result (HookSync acted on them), like Argo CD's result list.</summary>
    public static int ResultCount(this SyncReport report) => report.Tasks.Count(t => t.State is not null);
}
