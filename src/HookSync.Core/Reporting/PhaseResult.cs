namespace HookSync.Core.Reporting;

/// <summary>How one phase ended (README Reports).</summary>
public enum PhaseResult
{
    /// <summary>Every task of the phase succeeded.</summary>
    Succeeded,
    /// <summary>A task of the phase failed.</summary>
    Failed,
    /// <summary>The run or a hook timed out during the phase.</summary>
    TimedOut,
    /// <summary>The run was cancelled during the phase.</summary>
    Cancelled,
    /// <summary>
    /// <c>--dry-run</c>: every task of the phase passed the server-side dry-run, and nothing ran. Its own value, so a
    /// later job gating on <c>postsync == 'Succeeded'</c> never mistakes a rehearsal for a deploy.
    /// </summary>
    DryRun,
    /// <summary>The phase had tasks that never ran.</summary>
    NotRun,
    /// <summary>The phase had no tasks.</summary>
    Empty,
}
