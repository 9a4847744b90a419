using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// The mutable result of one task while the executor runs (R4). Everyone reads it; only <see cref="TaskLedger"/> writes
/// it, applying the changes <see cref="TaskRules"/> decides (an architecture test fails on any other write).
/// </summary>
internal sealed class TaskRecord(SyncTask task, int index)
{
    public SyncTask Task { get; } = task;

    /// <summary>Position in plan order.</summary>
    public int Index { get; } = index;

    public int? Order { get; set; }
    public TaskAction? Action { get; set; }
    public ResultCode? Status { get; set; }
    public OperationPhase? State { get; set; }
    public string? Message { get; set; }
    public bool Deleted { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the task failed, timed out or got stuck (Diagnosis).</summary>
    public Diagnosis.FailureCause? Cause { get; set; }

    /// <summary>The newest live object seen (apply result, watch event or GET).</summary>
    public KubeObject? Live { get; set; }

    /// <summary>T3: an old live hook is being deleted before this task can be created.</summary>
    public bool AwaitingOldDeletion { get; set; }

    /// <summary>D-3: when the hook was created, for its own timeout.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>T3 looked for an earlier live instance already.</summary>
    public bool OldInstanceChecked { get; set; }

    /// <summary>The live object's resourceVersion seen by the server-side dry-run (null when it did not exist).</summary>
    public string? DryRunResourceVersion { get; set; }

    /// <summary>SkipDryRunOnMissingResource found the kind not served: no dry-run for this task.</summary>
    public bool SkipsDryRun { get; set; }

    public bool IsCompleted => State is OperationPhase.Succeeded or OperationPhase.Failed or OperationPhase.Error;

    /// <summary>The object is watched (and re-read on resync): a running, undeleted task, or an old instance being deleted (T3).</summary>
    public bool IsObserved => (State == OperationPhase.Running && !Deleted) || AwaitingOldDeletion;

    public TaskSnapshot Snapshot() =>
        new(Task, Index, State, Status, Live is not null, Deleted, AwaitingOldDeletion, Message);
}
