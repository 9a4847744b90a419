using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>How a run ended: result, operation message (R2) and the phase that failed, if any.</summary>
/// <param name="Result">The overall result.</param>
/// <param name="Message">The operation message.</param>
/// <param name="FailedPhase">The phase that failed (or timed out), if any.</param>
/// <param name="Reason">Why it ended, when result and phase do not say it all (invalid manifests, environment failure).</param>
public sealed record SyncOutcome(SyncResult Result, string Message, SyncPhase? FailedPhase = null, EndReason Reason = EndReason.None)
{
    public static SyncOutcome Succeeded(string message) => new(SyncResult.Succeeded, message);

    public static SyncOutcome Failed(string message, SyncPhase? failedPhase) => new(SyncResult.Failed, message, failedPhase);
}
