namespace HookSync.Core.Execution;

/// <summary>
/// Knows when a run is idle: every strand of work (the step loop, watch loops, log followers, parallel applies) is
/// parked, and no timer it waits for has fired yet. Tests on a fake clock advance time only
/// then, so they never race the executor and never wait on the wall clock. Production keeps counting, at the cost of
/// a lock per wait.
/// </summary>
/// <remarks>
/// A strand is counted from the moment it is created (by its parent, before it can run) until it ends, except while
/// parked. Whoever makes a parked strand runnable without time moving (an item written to the queue it waits on, a
/// released slot, the last child of a join) counts it as running first, so the count never drops to idle between
/// the wake-up and the resumption. A strand woken by time is due once the clock passes its deadline.
/// </remarks>
public sealed class ExecutionProbe
{
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _parkedUntil = [];
    private int _running;
    // Made only when someone waits for a change (tests on a fake clock): a run in production changes the counts several
    // times per API request and would otherwise allocate a signal each time for nobody.
    private TaskCompletionSource? _changed;

    /// <summary>True when nothing can happen until fake time reaches the earliest parked deadline.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _running == 0 && _parkedUntil.TrueForAll(until => until > now);
        }
    }

    /// <summary>The counts, for a test that reports why a run never went idle.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return $"{_running} running, parked until [{string.Join(", ", _parkedUntil.Select(u => u.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}]";
        }
    }

    /// <summary>Completes on the next change of any count; take it before checking <see cref="IsIdle"/>.</summary>
    public Task WhenChanged()
    {
        lock (_gate)
        {
            _changed ??= NewSignal();
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
                AddDeadlineLocked(deadline);
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
                    RemoveDeadlineLocked(deadline);
                }
            });
        }
    }

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
        TaskCompletionSource? changed;
        lock (_gate)
        {
            change();
            changed = _changed;
            _changed = null;
        }
        changed?.TrySetResult();
    }

    /// <summary>Changes the running count; only inside <see cref="Update"/>, so it is atomic with the caller's own state.</summary>
    internal void ChangeRunningLocked(int delta) => _running += delta;

    /// <summary>A parked strand is due when the clock reaches <paramref name="until"/>; only inside <see cref="Update"/>.</summary>
    internal void AddDeadlineLocked(DateTimeOffset until) => _parkedUntil.Add(until);

    internal void RemoveDeadlineLocked(DateTimeOffset until) => _parkedUntil.Remove(until);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
