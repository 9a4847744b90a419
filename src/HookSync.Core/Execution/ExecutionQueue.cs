using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace HookSync.Core.Execution;

/// <summary>
/// An unbounded queue with one reader whose waits park it on <see cref="ExecutionProbe"/>: a write that wakes the
/// parked reader counts it as running at once. Items the reader is not waiting for (it is busy elsewhere) do not
/// keep the run from being idle.
/// </summary>
public sealed class ExecutionQueue<T>(ExecutionProbe probe)
{
    private readonly Channel<T> _items = Channel.CreateUnbounded<T>();
    private bool _readerParked;

    public void Write(T item) =>
        probe.Update(() =>
        {
            _items.Writer.TryWrite(item);
            if (_readerParked)
            {
                _readerParked = false;
                probe.ChangeRunningLocked(1);
            }
        });

    public bool TryRead([MaybeNullWhen(false)] out T item) => _items.Reader.TryRead(out item);

    /// <summary>
    /// Waits until an item is there, or <paramref name="timer"/> (if any) completes — at <paramref name="until"/>, so
    /// the reader is due then.
    /// </summary>
    public async Task WaitAsync(Task? timer, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var parked = false;
        probe.Update(() =>
        {
            if (_items.Reader.Count > 0)
            {
                return;
            }
            parked = _readerParked = true;
            probe.ChangeRunningLocked(-1);
            if (until is { } deadline)
            {
                probe.AddDeadlineLocked(deadline);
            }
        });
        if (!parked)
        {
            return;
        }
        try
        {
            var signal = _items.Reader.WaitToReadAsync(cancellationToken).AsTask();
            await (timer is null ? signal : (Task)Task.WhenAny(timer, signal)).ConfigureAwait(false);
        }
        finally
        {
            probe.Update(() =>
            {
                // Woken by time or cancellation, not by a write: it counts itself as running again.
                if (_readerParked)
                {
                    _readerParked = false;
                    probe.ChangeRunningLocked(1);
                }
                if (until is { } deadline)
                {
                    probe.RemoveDeadlineLocked(deadline);
                }
            });
        }
    }
}
