using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Core.Tests.Execution;

/// <summary>
/// Runs the executor against an <see cref="InMemoryCluster"/> on a <see cref="FakeTimeProvider"/>: the executor only
/// makes progress when events arrive or fake time is advanced, so the harness advances time in small steps until it ends.
/// </summary>
internal sealed class SyncHarness : IDisposable
{
    public SyncHarness(params string[] scriptedHealthKinds)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        Cluster = new InMemoryCluster(Time);
        Health = TestHealthRules.Assessor(scriptedHealthKinds);
    }

    public FakeTimeProvider Time { get; }
    public InMemoryCluster Cluster { get; }
    public HealthAssessor Health { get; set; }
    public RecordingObserver Observer { get; } = new();

    /// <summary>Fake time added per step.</summary>
    public TimeSpan Step { get; set; } = TimeSpan.FromMilliseconds(500);

    public Task<SyncReport> RunAsync(SyncPlan plan, SyncOptions? options = null) =>
        RunAsync(plan, options ?? new SyncOptions(), CancellationToken.None, null);

    /// <summary>Runs the plan; <paramref name="cancelAt"/> (fake time since start) triggers CI cancellation.</summary>
    public async Task<SyncReport> RunAsync(SyncPlan plan, SyncOptions options, CancellationToken cancellationToken, TimeSpan? cancelAt)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var executor = new SyncExecutor(Cluster, Observer, Time, Health);
        var start = Time.GetUtcNow();
        var run = Task.Run(() => executor.RunAsync(plan, options, cancel.Token));
        for (var i = 0; i < 20_000 && !run.IsCompleted; i++)
        {
            // A short real pause lets the executor's continuations reach their next wait; time itself is fake.
            if (await Task.WhenAny(run, Task.Delay(3)) == run)
            {
                break;
            }
            if (cancelAt is { } at && Time.GetUtcNow() - start >= at && !cancel.IsCancellationRequested)
            {
                await cancel.CancelAsync();
                continue;
            }
            Time.Advance(Step);
        }
        Assert.True(run.IsCompleted, "the executor did not finish");
        return await run;
    }

    public void Dispose() => Cluster.Dispose();
}
