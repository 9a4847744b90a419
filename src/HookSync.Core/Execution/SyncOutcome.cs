using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>How a run ended: result, operation message (R2) and the phase that failed, if any.</summary>
/// <param name="Result">The overall result.</param>
/// <param name="Message">The operation message.</param>
/// <param name="FailedPhase">The phase that failed (or timed out), if any.</param>
/// <param name="ExitCode">Set when the code does not follow from result and phase (3 for validation and dry-run failures).</param>
public sealed record SyncOutcome(SyncResult Result, string Message, SyncPhase? FailedPhase = null, int? ExitCode = null)
{
    /// <summary>The process exit code (README Exit codes).</summary>
    public int ResolveExitCode() => ExitCode ?? Result switch
    {
        SyncResult.Succeeded => ExitCodes.Succeeded,
        SyncResult.Failed => ExitCodes.ForFailedPhase(FailedPhase),
        SyncResult.TimedOut => ExitCodes.TimedOut,
        SyncResult.Cancelled => ExitCodes.Interrupted,
        _ => ExitCodes.EnvironmentError,
    };

    public static SyncOutcome Succeeded(string message) => new(SyncResult.Succeeded, message);

    public static SyncOutcome Failed(string message, SyncPhase? failedPhase) => new(SyncResult.Failed, message, failedPhase);
}
