using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>What the state machine knows about one task: an immutable view of its result.</summary>
/// <param name="Task">The planned task.</param>
/// <param name="Index">Its position in plan order.</param>
/// <param name="State">Null while pending (never started).</param>
/// <param name="Status">Synced or SyncFailed once applied.</param>
/// <param name="HasLive">Whether a live object is known (S7: only those can be deleted).</param>
/// <param name="Deleted">Deleted under a delete policy already.</param>
/// <param name="AwaitingOldDeletion">T3: the previous instance of this hook is still being deleted.</param>
/// <param name="Message">The task's message (R4), used in F4 reasons.</param>
public sealed record TaskSnapshot(
    SyncTask Task,
    int Index,
    OperationPhase? State,
    ResultCode? Status,
    bool HasLive,
    bool Deleted,
    bool AwaitingOldDeletion,
    string? Message = null)
{
    public bool IsPending => State is null;

    public bool IsRunning => State == OperationPhase.Running;

    public bool IsCompleted => State is OperationPhase.Succeeded or OperationPhase.Failed or OperationPhase.Error;

    public bool IsUnsuccessful => State is OperationPhase.Failed or OperationPhase.Error;
}
