using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Core.Tests.Execution;

/// <summary>
/// Runs the executor against an <see cref="InMemoryCluster"/> on a <see cref="FakeTimeProvider"/>: the executor only
/// makes progress when events arrive or fake time is advanced, so the harness advances time by <see cref="Step"/>
/// whenever the run is provably idle (<see cref="ExecutionProbe"/>: every strand parked on a timer that has not fired,
/// nothing queued) until it ends. No wall-clock waiting: each step costs only the work it triggers.
/// </summary>
internal sealed class SyncHarness : IDisposable
{
    // Only a safety net for a probe that misses a wake-up: the run neither ended nor went idle for this long.
    private static readonly TimeSpan Stuck = TimeSpan.FromSeconds(10);

    public SyncHarness(params string[] scriptedHealthKinds)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        Cluster = new InMemoryCluster(Time) { Probe = Probe };
        Health = TestHealthRules.Assessor(scriptedHealthKinds);
    }

    public FakeTimeProvider Time { get; }
    public InMemoryCluster Cluster { get; }
    public ExecutionProbe Probe { get; } = new();
    public HealthAssessor Health { get; set; }
    public RecordingObserver Observer { get; } = new();

    /// <summary>Fake time added per step.</summary>
    public TimeSpan Step { get; set; } = TimeSpan.FromMilliseconds(500);

    public Task<SyncReport> RunAsync(SyncPlan plan, SyncOptions? options = null) =>
        RunAsync(plan, options ?? new SyncOptions(), CancellationToken.None, null);

    /// <summary>Runs the plan; CI cancellation fires once <paramref name="cancelAt"/> (fake time since start) has passed and <paramref name="cancelWhen"/> holds.</summary>
    public async Task<SyncReport> RunAsync(SyncPlan plan, SyncOptions options, CancellationToken cancellationToken, TimeSpan? cancelAt, Func<InMemoryCluster, bool>? cancelWhen = null)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var executor = new SyncExecutor(Cluster, Observer, Time, Health, Probe);
        var start = Time.GetUtcNow();
        // Called directly, so the run counts as a running strand before this method looks at the probe.
        var run = executor.RunAsync(plan, options, cancel.Token);
        for (var i = 0; i < 20_000 && !run.IsCompleted; i++)
        {
            // Taken before the check, so a change in between is not missed.
            var changed = Probe.WhenChanged();
            if (!Probe.IsIdle(Time.GetUtcNow()))
            {
                var stuck = Task.Delay(Stuck);
                Assert.True(await Task.WhenAny(run, changed, stuck) != stuck, $"the executor neither finished nor went idle at {Time.GetUtcNow():HH:mm:ss.fff}: {Probe}");
                i--;
                continue;
            }
            if (cancelAt is { } at && Time.GetUtcNow() - start >= at && (cancelWhen?.Invoke(Cluster) ?? true) && !cancel.IsCancellationRequested)
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
