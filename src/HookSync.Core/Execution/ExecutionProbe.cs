namespace HookSync.Core.Execution;

/// <summary>
/// Knows when a run is idle: every strand of work (the step loop, watch loops, log followers, parallel applies) is
/// parked on a timer that has not fired yet, or on a queue that is empty. Tests on a fake clock advance time only
/// then, so they never race the executor and never wait on the wall clock. Production keeps counting, at the cost of
/// a lock per wait.
/// </summary>
/// <remarks>
/// A strand is counted from the moment it is created (by its parent, before it can run) until it ends, except while
/// parked. Whoever makes a parked strand runnable without time moving (a queued item, a released slot, the last child
/// of a join) makes that visible first, so the count never drops to idle between the wake-up and the resumption.
/// </remarks>
public sealed class ExecutionProbe
{
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _parkedUntil = [];
    private int _running;
    private int _queued;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>True when nothing can happen until fake time reaches the earliest parked deadline.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _running == 0 && _queued == 0 && _parkedUntil.TrueForAll(until => until > now);
        }
    }

    /// <summary>Completes on the next change of any count; take it before checking <see cref="IsIdle"/>.</summary>
    public Task WhenChanged()
    {
        lock (_gate)
        {
            return _changed.Task;
        }
    }

    /// <summary>Parks the current strand until <paramref name="wait"/> completes; <paramref name="until"/> is when time wakes it, if time does.</summary>
    public async Task ParkAsync(Task wait, DateTimeOffset? until)
    {
        ArgumentNullException.ThrowIfNull(wait);
        if (wait.IsCompleted)
        {
            await wait.ConfigureAwait(false);
            return;
        }
        Update(() =>
        {
            _running--;
            if (until is { } deadline)
            {
                _parkedUntil.Add(deadline);
            }
        });
        try
        {
            await wait.ConfigureAwait(false);
        }
        finally
        {
            Update(() =>
            {
                _running++;
                if (until is { } deadline)
                {
                    _parkedUntil.Remove(deadline);
                }
            });
        }
    }

    /// <summary>An item was put on a queue some strand reads (the waker's side of a queue).</summary>
    public void Queued() => Update(() => _queued++);

    /// <summary>A running strand took an item off a queue.</summary>
    public void Dequeued(int count = 1) => Update(() => _queued -= count);

    /// <summary>A new strand exists; called by its creator, before the strand can run.</summary>
    internal void Started() => Update(() => _running++);

    /// <summary>The current strand ended.</summary>
    internal void Ended() => Update(() => _running--);

    /// <summary>
    /// Runs <paramref name="body"/> for every item as parallel strands (like <c>Task.WhenAll</c>) and parks the current
    /// strand until all ended; the last child hands its count to the parent.
    /// </summary>
    internal async Task<TResult[]> ForkJoinAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> body)
    {
        if (items.Count == 0)
        {
            return [];
        }
        Update(() => _running += items.Count);
        var remaining = items.Count;
        var tasks = items.Select(RunChildAsync).ToList();
        Update(() => _running--);
        return await Task.WhenAll(tasks).ConfigureAwait(false);

        async Task<TResult> RunChildAsync(TItem item)
        {
            try
            {
                return await body(item).ConfigureAwait(false);
            }
            finally
            {
                if (Interlocked.Decrement(ref remaining) != 0)
                {
                    Ended();
                }
            }
        }
    }

    /// <summary>Slots that bound parallel strands (e.g. applies to --concurrency).</summary>
    internal ExecutionSlots CreateSlots(int count) => new(this, count);

    /// <summary>Applies a change of the counts under the probe's lock and wakes whoever waits for a change.</summary>
    internal void Update(Action change)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            change();
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
    }

    /// <summary>Changes the running count; only inside <see cref="Update"/>, so it is atomic with the caller's own state.</summary>
    internal void ChangeRunningLocked(int delta) => _running += delta;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
