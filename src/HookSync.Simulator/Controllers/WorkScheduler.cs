using System.Collections.Concurrent;
using HookSync.Simulator.Api;

namespace HookSync.Simulator.Controllers;

/// <summary>Runs controller steps after a delay on the injected clock; knows when nothing is pending.</summary>
internal sealed class WorkScheduler(TimeProvider time) : IDisposable
{
    // A timer never fires synchronously inside the store lock: a zero delay is clamped to one millisecond.
    private static readonly TimeSpan MinimumDelay = TimeSpan.FromMilliseconds(1);
    private readonly ConcurrentDictionary<Slot, byte> _pending = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _idle = NewIdleSignal(completed: true);
    private volatile bool _disposed;

    public void After(TimeSpan delay, Action step)
    {
        if (_disposed)
        {
            return;
        }
        var slot = new Slot();
        lock (_gate)
        {
            if (_pending.IsEmpty)
            {
                _idle = NewIdleSignal(completed: false);
            }
            _pending[slot] = 0;
        }
        slot.Timer = time.CreateTimer(_ => Run(slot, step), null, delay < MinimumDelay ? MinimumDelay : delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Completes when no step is pending (steps may schedule further steps).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                signal = _idle.Task;
            }
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_pending.IsEmpty)
                {
                    return;
                }
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var slot in _pending.Keys)
        {
            slot.Timer?.Dispose();
        }
        _pending.Clear();
        lock (_gate)
        {
            _idle.TrySetResult();
        }
    }

    private void Run(Slot slot, Action step)
    {
        slot.Timer?.Dispose();
        try
        {
            if (!_disposed)
            {
                step();
            }
        }
        catch (ApiException)
        {
            // The object a step worked on changed under it (deleted, namespace gone): the step is moot, as in a real controller.
        }
        finally
        {
            lock (_gate)
            {
                _pending.TryRemove(slot, out _);
                if (_pending.IsEmpty)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    private static TaskCompletionSource NewIdleSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }
        return signal;
    }

    private sealed class Slot
    {
        public ITimer? Timer { get; set; }
    }
}
