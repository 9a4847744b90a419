using HookSync.Core.Hooks;

namespace HookSync.Core.Reporting;

/// <summary>The process exit codes (README Exit codes).</summary>
public static class ExitCodes
{
    public const int Succeeded = 0;
    public const int InternalError = 1;
    public const int UsageError = 2;
    public const int InvalidManifests = 3;
    public const int EnvironmentError = 4;
    public const int PreSyncFailed = 10;
    public const int SyncFailed = 11;
    public const int PostSyncFailed = 12;
    public const int TimedOut = 20;
    public const int Interrupted = 130;
    public const int Terminated = 143;

    /// <summary>The code for a failed run, by the phase that failed (a SyncFail hook never changes it).</summary>
    public static int ForFailedPhase(SyncPhase? phase) => phase switch
    {
        SyncPhase.PreSync => PreSyncFailed,
        SyncPhase.PostSync => PostSyncFailed,
        _ => SyncFailed,
    };
}
