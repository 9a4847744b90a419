namespace HookSync.Simulator.Logs;

/// <summary>The log of one pod: lines appended over time, completed when the pod terminates or is deleted.</summary>
internal sealed class PodLog
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? OwnerUid { get; private set; }

    public bool Completed { get; private set; }

    public void Adopt(string uid)
    {
        lock (_gate)
        {
            if (OwnerUid is not null && OwnerUid != uid)
            {
                // A new pod with the same name (hook recreated): its log starts empty.
                _lines.Clear();
                Completed = false;
            }
            OwnerUid = uid;
        }
    }

    public void Append(IEnumerable<string> lines)
    {
        lock (_gate)
        {
            _lines.AddRange(lines);
            Signal();
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            Completed = true;
            Signal();
        }
    }

    /// <summary>Lines from <paramref name="from"/> on, whether the log is complete, and a task that completes on the next change.</summary>
    public (IReadOnlyList<string> Lines, bool Completed, Task Changed) Read(int from)
    {
        lock (_gate)
        {
            return ([.. _lines.Skip(from)], Completed, _changed.Task);
        }
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
