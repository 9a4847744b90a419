using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Common;

/// <summary>The values a later job gates on, shared by GitHub outputs and the GitLab dotenv (docs/ci.md Outputs).</summary>
internal static class RunOutputs
{
    /// <summary>The GitHub output names, in the order they are written.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(SyncReport report, string? reportPath) =>
    [
        KeyValuePair.Create("result", ReportFacts.ResultText(report)),
        KeyValuePair.Create("exit-code", report.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
        KeyValuePair.Create("failed-phase", report.FailedPhase?.ToString() ?? string.Empty),
        KeyValuePair.Create("presync", ReportFacts.PhaseResultOf(report, SyncPhase.PreSync).ToString()),
        KeyValuePair.Create("sync", ReportFacts.PhaseResultOf(report, SyncPhase.Sync).ToString()),
        KeyValuePair.Create("postsync", ReportFacts.PhaseResultOf(report, SyncPhase.PostSync).ToString()),
        KeyValuePair.Create("syncfail", ReportFacts.PhaseResultOf(report, SyncPhase.SyncFail).ToString()),
        KeyValuePair.Create("revision", report.Revision),
        KeyValuePair.Create("report", reportPath ?? string.Empty),
        KeyValuePair.Create("cause", ReportFacts.FirstCause(report)?.OneLine ?? string.Empty),
    ];
}
