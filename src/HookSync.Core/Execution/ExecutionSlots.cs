namespace HookSync.Core.Execution;

/// <summary>
/// A semaphore whose waits park the strand on <see cref="ExecutionProbe"/>: a release that wakes a waiter counts it
/// as running before it resumes, so a run never looks idle in between.
/// </summary>
internal sealed class ExecutionSlots(ExecutionProbe probe, int count) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, count));
    private int _waiters;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var acquired = false;
        probe.Update(() =>
        {
            acquired = _slots.Wait(0, CancellationToken.None);
            if (!acquired)
            {
                _waiters++;
                probe.ChangeRunningLocked(-1);
            }
        });
        if (acquired)
        {
            return;
        }
        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // No release woke it: it runs again on its own.
            probe.Update(() =>
            {
                _waiters--;
                probe.ChangeRunningLocked(1);
            });
            throw;
        }
    }

    public void Release() =>
        probe.Update(() =>
        {
            if (_waiters > 0)
            {
                // The waiter this release wakes is running from now on.
                _waiters--;
                probe.ChangeRunningLocked(1);
            }
            _slots.Release();
        });

    public void Dispose() => _slots.Dispose();
}
