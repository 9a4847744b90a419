using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>The mutable result of one task while the executor runs (R4); only the executor writes it.</summary>
internal sealed class TaskRecord(SyncTask task, int index)
{
    private readonly Queue<string> _logTail = new();

    public SyncTask Task { get; } = task;

    /// <summary>Position in plan order.</summary>
    public int Index { get; } = index;

    public int? Order { get; set; }
    public TaskAction? Action { get; set; }
    public ResultCode? Status { get; set; }
    public OperationPhase? State { get; set; }
    public string? Message { get; private set; }
    public bool Deleted { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The newest live object seen (apply result, watch event or GET).</summary>
    public KubeObject? Live { get; set; }

    /// <summary>T3: an old live hook is being deleted before this task can be created.</summary>
    public bool AwaitingOldDeletion { get; set; }

    /// <summary>D-3: when the hook was created, for its own timeout.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Bumped whenever a new watch starts, so observations of an older instance are ignored.</summary>
    public int WatchEpoch { get; set; }

    /// <summary>T3 looked for an earlier live instance already.</summary>
    public bool OldInstanceChecked { get; set; }

    /// <summary>The live object's resourceVersion seen by the server-side dry-run (null when it did not exist).</summary>
    public string? DryRunResourceVersion { get; set; }

    public bool IsCompleted => State is OperationPhase.Succeeded or OperationPhase.Failed or OperationPhase.Error;

    /// <summary>R4: a new message replaces the stored one only when it is non-empty.</summary>
    public void SetMessage(string? message)
    {
        if (!string.IsNullOrEmpty(message))
        {
            Message = message;
        }
    }

    public void AddLogLine(string line, int keep)
    {
        lock (_logTail)
        {
            _logTail.Enqueue(line);
            while (_logTail.Count > keep)
            {
                _logTail.Dequeue();
            }
        }
    }

    public IReadOnlyList<string> LogTail()
    {
        lock (_logTail)
        {
            return [.. _logTail];
        }
    }

    public TaskSnapshot Snapshot() =>
        new(Task, Index, State, Status, Live is not null, Deleted, AwaitingOldDeletion, Message);
}
