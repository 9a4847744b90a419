namespace HookSync.Core.Execution;

/// <summary>The options of one sync run, as given on the command line (<c>hooksync sync --help</c>).</summary>
public sealed record SyncOptions
{
    /// <summary>Server-side dry-run of every task; nothing changes and no hook runs (<c>--dry-run</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>D-5: every applied resource must become Healthy, the final wave included; false restores Argo CD.</summary>
    public bool Wait { get; init; } = true;

    /// <summary>D-9: take over fields owned by other managers.</summary>
    public bool ForceConflicts { get; init; } = true;

    /// <summary>Parallel writes within one kind-run of a wave (T4).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>
    /// Parallel server-side dry-runs (D-8). They write nothing and do not depend on wave order, so they run wider than
    /// applies; nothing is applied before every one passed.
    /// </summary>
    public int DryRunConcurrency { get; init; } = 64;

    /// <summary>D-3: the whole run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>D-3: the default per hook, counted from its creation; the hook's annotation wins.</summary>
    public TimeSpan? HookTimeout { get; init; }

    /// <summary>D-3: how long SyncFail hooks may run after a failure or timeout.</summary>
    public TimeSpan SyncFailTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Fail fast (D-16): a pod stuck this long in a state that cannot resolve by itself fails its task with the cause;
    /// zero disables; the object's <c>hooksync.dev/stuck-after</c> annotation wins.
    /// </summary>
    public TimeSpan StuckAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>D-2: pause after each non-final wave (default none).</summary>
    public TimeSpan WaveDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Fallback GET of blocking objects when no watch event came.</summary>
    public TimeSpan ResyncInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>At most one <see cref="Waiting"/> event per interval while the message is unchanged.</summary>
    public TimeSpan WaitingReportInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>D-11: the application name in the tracking id.</summary>
    public string AppName { get; init; } = "hooksync";

    /// <summary>How pruned objects are deleted (<c>--sync-option PrunePropagationPolicy=…</c>; Argo CD's default is foreground).</summary>
    public Ports.DeletePropagation PrunePropagation { get; init; } = Ports.DeletePropagation.Foreground;

    /// <summary>How many log lines per hook the report keeps.</summary>
    public int LogTailLines { get; init; } = 50;
}
