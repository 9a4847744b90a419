using HookSync.Core.Model;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// One transition of a task, as decided by <see cref="TaskRules"/> and applied by <see cref="TaskLedger"/>.
/// Every field is optional: null (or false) leaves that part of the record as it is.
/// </summary>
internal sealed record TaskChange
{
    /// <summary>The first action on the task: it gets its 1-based order and start time (the report's order and startedAt), once.</summary>
    public bool Starts { get; init; }

    /// <summary>The new state; reaching a state other than Running sets the finish time, once.</summary>
    public OperationPhase? State { get; init; }

    /// <summary>R4: replaces the task's message only when non-empty.</summary>
    public string? Message { get; init; }

    public ResultCode? Status { get; init; }

    public TaskAction? Action { get; init; }

    /// <summary>The newest live object seen.</summary>
    public KubeObject? Live { get; init; }

    /// <summary>The hook was created now: its own timeout counts from here (D-3).</summary>
    public bool Created { get; init; }

    /// <summary>Deleted under a delete policy.</summary>
    public bool Deleted { get; init; }

    /// <summary>T3: an old instance started (true) or finished (false) being deleted.</summary>
    public bool? AwaitingOldDeletion { get; init; }

    /// <summary>T3 has looked for an old instance.</summary>
    public bool OldInstanceChecked { get; init; }

    /// <summary>SkipDryRunOnMissingResource: the dry-run skips this task.</summary>
    public bool SkipsDryRun { get; init; }

    /// <summary>Why the task failed, timed out or got stuck; replaces an earlier cause.</summary>
    public Diagnosis.FailureCause? Cause { get; init; }

    /// <summary>The resourceVersion the dry-run saw, to tell a no-op apply later.</summary>
    public string? DryRunResourceVersion { get; init; }
}
