using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.Cli;

/// <summary>
/// The one place exit codes are decided (README "Exit codes"). Core reports how a run ended (result, failed phase, reason);
/// this turns it into the process exit code, and the same number goes into the report and the CI outputs.
/// </summary>
internal static class ExitCodeMap
{
    public const int Succeeded = 0;
    public const int InternalError = 1;
    public const int UsageError = 2;
    public const int InvalidManifests = 3;
    public const int EnvironmentError = 4;
    public const int LockHeld = 5;
    public const int PreSyncFailed = 10;
    public const int SyncFailed = 11;
    public const int PostSyncFailed = 12;
    public const int TimedOut = 20;
    public const int Interrupted = 130;
    public const int Terminated = 143;

    /// <summary><c>diff</c>, as <c>kubectl diff</c>: 1 means a sync would change something (README "Exit codes").</summary>
    public const int DifferencesFound = 1;

    /// <summary>
    /// The exit code of a <c>diff</c> that compared every object: 0 when a sync would change nothing, 1 when it would create,
    /// update or prune something, 3 when the server refused a dry-run (the sync would fail there, as it exits 3 for a failed dry-run).
    /// Every other way a diff ends (usage 2, invalid manifests 3, cluster unreachable 4, signals) uses <see cref="For"/>.
    /// </summary>
    public static int ForDiff(bool differences, bool rejected) =>
        rejected ? InvalidManifests : differences ? DifferencesFound : Succeeded;

    /// <summary>The exit code of a run or plan that ended this way.</summary>
    public static int For(SyncResult? result, SyncPhase? failedPhase, EndReason reason) => reason switch
    {
        EndReason.InvalidManifests => InvalidManifests,
        EndReason.Misconfigured => UsageError,
        EndReason.EnvironmentFailure => EnvironmentError,
        EndReason.LockHeld => LockHeld,
        EndReason.Interrupted => Interrupted,
        EndReason.Terminated => Terminated,
        _ => result switch
        {
            // A plan has no result; it exits 0 unless its manifests are invalid (a reason, above).
            null or SyncResult.Succeeded => Succeeded,
            // A SyncFail hook never changes the code: it is the phase that failed.
            SyncResult.Failed => failedPhase switch
            {
                SyncPhase.PreSync => PreSyncFailed,
                SyncPhase.PostSync => PostSyncFailed,
                _ => SyncFailed,
            },
            SyncResult.TimedOut => TimedOut,
            // Cancelled with no signal recorded: treated as an interrupt.
            SyncResult.Cancelled => Interrupted,
            _ => EnvironmentError,
        },
    };

    /// <summary>The report with its exit code set; call before the report is written, reported or returned.</summary>
    public static SyncReport Stamp(SyncReport report) =>
        report with { ExitCode = For(report.Result, report.FailedPhase, report.Reason) };
}
