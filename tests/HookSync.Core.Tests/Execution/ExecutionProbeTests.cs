using HookSync.Core.Execution;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Core.Tests.Execution;

/// <summary>The idle rule the harness relies on: parked on an unfired timer with nothing queued, and no strand running.</summary>
public sealed class ExecutionProbeTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ExecutionProbe _probe = new();

    [Fact]
    public async Task ParkedOnTimer_IdleUntilItIsDue()
    {
        _probe.Started();
        var parked = _probe.ParkAsync(Task.Delay(TimeSpan.FromSeconds(1), _time), _time.GetUtcNow() + TimeSpan.FromSeconds(1));

        Assert.True(_probe.IsIdle(_time.GetUtcNow()));
        _time.Advance(TimeSpan.FromSeconds(1));
        // Due but not resumed yet, or resumed: either way not idle.
        Assert.False(_probe.IsIdle(_time.GetUtcNow()));
        await parked;
        Assert.False(_probe.IsIdle(_time.GetUtcNow()));
        _probe.Ended();
        Assert.True(_probe.IsIdle(_time.GetUtcNow()));
    }

    [Fact]
    public async Task Queue_WriteWakesTheParkedReaderAndCountsItRunning()
    {
        var queue = new ExecutionQueue<int>(_probe);
        _probe.Started();
        var waiting = queue.WaitAsync(null, null, CancellationToken.None);
        Assert.True(_probe.IsIdle(_time.GetUtcNow()));

        queue.Write(1);

        Assert.False(_probe.IsIdle(_time.GetUtcNow()));
        await waiting;
        Assert.True(queue.TryRead(out var item));
        Assert.Equal(1, item);
        _probe.Ended();
        Assert.True(_probe.IsIdle(_time.GetUtcNow()));
    }

    [Fact]
    public void Queue_ItemForABusyReader_DoesNotKeepTheRunBusy()
    {
        // The step loop reads observations only between its own waits; until then they just wait.
        var queue = new ExecutionQueue<int>(_probe);

        queue.Write(1);

        Assert.True(_probe.IsIdle(_time.GetUtcNow()));
    }

    [Fact]
    public async Task ForkJoin_LastChildHandsItsCountToTheParent()
    {
        _probe.Started();
        var gate = new TaskCompletionSource();
        var join = _probe.ForkJoinAsync([1, 2], async n =>
        {
            if (n == 2)
            {
                await _probe.ParkAsync(gate.Task, null);
            }
            return n;
        });

        Assert.True(_probe.IsIdle(_time.GetUtcNow()));
        gate.SetResult();
        var results = await join;
        Assert.Equal(new[] { 1, 2 }, results);
        Assert.False(_probe.IsIdle(_time.GetUtcNow()));
        _probe.Ended();
        Assert.True(_probe.IsIdle(_time.GetUtcNow()));
    }

    [Fact]
    public async Task Slots_ReleaseCountsTheWokenWaiterAsRunning()
    {
        _probe.Started();
        _probe.Started();
        using var slots = _probe.CreateSlots(1);
        await slots.WaitAsync(CancellationToken.None);
        var waiter = slots.WaitAsync(CancellationToken.None);
        Assert.False(waiter.IsCompleted);

        slots.Release();
        _probe.Ended();

        Assert.False(_probe.IsIdle(_time.GetUtcNow()));
        await waiter;
        _probe.Ended();
        Assert.True(_probe.IsIdle(_time.GetUtcNow()));
    }
}
