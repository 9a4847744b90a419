namespace HookSync.Core.Reporting;

/// <summary>
/// Why a run ended, when the result and the failed phase do not say it all. Core only describes the ending; the host turns
/// result, failed phase and reason into a process exit code.
/// </summary>
public enum EndReason
{
    /// <summary>The result and the failed phase say it all.</summary>
    None,

    /// <summary>The manifests failed validation or the server-side dry run; nothing was applied.</summary>
    InvalidManifests,

    /// <summary>No usable cluster credentials or configuration; the user must change something.</summary>
    Misconfigured,

    /// <summary>The cluster could not be reached, refused HookSync, or failed on its side.</summary>
    EnvironmentFailure,

    /// <summary>Another run of the same app held the sync lock for the whole lock timeout; nothing was applied.</summary>
    LockHeld,

    /// <summary>CI cancelled the run with an interrupt (SIGINT).</summary>
    Interrupted,

    /// <summary>CI cancelled the run with a termination request (SIGTERM).</summary>
    Terminated,
}
