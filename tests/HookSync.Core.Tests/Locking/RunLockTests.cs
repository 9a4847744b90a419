using HookSync.Core.Locking;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Testing.Cluster;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Core.Tests.Locking;

public sealed class RunLockTests : IDisposable
{
    private static readonly ObjectReference Lease = new(new GroupVersionKind("coordination.k8s.io", "v1", "Lease"), "default", "hooksync-shop");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryCluster _cluster;
    private readonly List<string> _reports = [];

    public RunLockTests() => _cluster = new InMemoryCluster(_time);

    [Fact]
    public async Task Acquire_NoLease_CreatesItWithTheHolderAndReleaseDeletesIt()
    {
        var runLock = await RunLock.AcquireAsync(_cluster, Options("run-1"), _time, _reports.Add, CancellationToken.None);

        var lease = await _cluster.GetAsync(Lease, CancellationToken.None);
        Assert.Equal("run-1", lease!.GetString("spec", "holderIdentity"));
        Assert.Equal(60, lease.GetInt64("spec", "leaseDurationSeconds"));
        Assert.Equal("2026-01-01T12:00:00.000000Z", lease.GetString("spec", "acquireTime"));

        await runLock.DisposeAsync();

        Assert.Null(await _cluster.GetAsync(Lease, CancellationToken.None));
        Assert.Empty(_reports);
    }

    [Fact]
    public async Task Acquire_HeldByALiveRun_WaitsUntilItIsReleased()
    {
        var first = await RunLock.AcquireAsync(_cluster, Options("run-1"), _time, _ => { }, CancellationToken.None);
        var second = RunLock.AcquireAsync(_cluster, Options("run-2"), _time, _reports.Add, CancellationToken.None);

        await AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.False(second.IsCompleted);
        Assert.Contains(_reports, r => r.Contains("held by run-1", StringComparison.Ordinal));

        await first.DisposeAsync();
        await AdvanceAsync(TimeSpan.FromSeconds(2));

        await using var taken = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("run-2", (await _cluster.GetAsync(Lease, CancellationToken.None))!.GetString("spec", "holderIdentity"));
    }

    [Fact]
    public async Task Acquire_HeldForTheWholeTimeout_ThrowsNamingTheHolder()
    {
        await using var first = await RunLock.AcquireAsync(_cluster, Options("https://ci.example/run/1"), _time, _ => { }, CancellationToken.None);
        var second = RunLock.AcquireAsync(_cluster, Options("run-2") with { WaitTimeout = TimeSpan.FromSeconds(30) }, _time, _reports.Add, CancellationToken.None);

        // The first run keeps renewing (every 20 s), so its Lease never expires.
        await AdvanceAsync(TimeSpan.FromSeconds(40));

        var error = await Assert.ThrowsAsync<LockTimeoutException>(() => second.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("https://ci.example/run/1", error.Holder);
        Assert.Contains("Lease default/hooksync-shop", error.Message, StringComparison.Ordinal);
        Assert.Contains("--lock-timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acquire_LeaseOfADeadRun_TakenOverOnceExpired()
    {
        // A run that was killed: its Lease was never renewed nor released.
        _cluster.Seed(KubeObject.Parse("""
            {"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"hooksync-shop","namespace":"default"},
             "spec":{"holderIdentity":"dead-run","leaseDurationSeconds":60,"acquireTime":"2026-01-01T11:59:30.000000Z",
                     "renewTime":"2026-01-01T11:59:30.000000Z","leaseTransitions":3}}
            """));
        var second = RunLock.AcquireAsync(_cluster, Options("run-2"), _time, _reports.Add, CancellationToken.None);
        Assert.False(second.IsCompleted);

        await AdvanceAsync(TimeSpan.FromSeconds(32));

        await using var taken = await second.WaitAsync(TimeSpan.FromSeconds(30));
        var lease = (await _cluster.GetAsync(Lease, CancellationToken.None))!;
        Assert.Equal("run-2", lease.GetString("spec", "holderIdentity"));
        Assert.Equal(4, lease.GetInt64("spec", "leaseTransitions"));
    }

    [Fact]
    public async Task Renewal_KeepsTheLeaseFreshWhileTheRunLasts()
    {
        await using var runLock = await RunLock.AcquireAsync(_cluster, Options("run-1"), _time, _reports.Add, CancellationToken.None);

        await AdvanceAsync(TimeSpan.FromMinutes(5));

        var lease = (await _cluster.GetAsync(Lease, CancellationToken.None))!;
        Assert.Equal("2026-01-01T12:05:00.000000Z", lease.GetString("spec", "renewTime"));
        Assert.Equal("2026-01-01T12:00:00.000000Z", lease.GetString("spec", "acquireTime"));
        Assert.False(runLock.Lost);
    }

    [Fact]
    public async Task Renewal_LeaseTakenByAnotherRun_ReportsLostAndDoesNotDeleteTheirs()
    {
        var runLock = await RunLock.AcquireAsync(_cluster, Options("run-1"), _time, _reports.Add, CancellationToken.None);
        var live = (await _cluster.GetAsync(Lease, CancellationToken.None))!;
        await _cluster.ReplaceAsync(live.With(root => root["spec"]!["holderIdentity"] = "run-2"), CancellationToken.None);

        await AdvanceAsync(TimeSpan.FromSeconds(20));
        await runLock.DisposeAsync();

        Assert.True(runLock.Lost);
        Assert.Contains(_reports, r => r.Contains("lost the lock", StringComparison.Ordinal) && r.Contains("run-2", StringComparison.Ordinal));
        Assert.Equal("run-2", (await _cluster.GetAsync(Lease, CancellationToken.None))!.GetString("spec", "holderIdentity"));
    }

    [Fact]
    public async Task Acquire_TwoRunsRacing_OnlyOneHoldsTheLock()
    {
        var a = RunLock.AcquireAsync(_cluster, Options("run-a"), _time, _ => { }, CancellationToken.None);
        var b = RunLock.AcquireAsync(_cluster, Options("run-b"), _time, _ => { }, CancellationToken.None);

        Assert.True(a.IsCompleted ^ b.IsCompleted, "exactly one run holds the lock at first");
        var winner = a.IsCompleted ? await a : await b;
        await winner.DisposeAsync();
        await AdvanceAsync(TimeSpan.FromSeconds(2));
        await (await (a.IsCompleted && !ReferenceEquals(await a, winner) ? a : b).WaitAsync(TimeSpan.FromSeconds(30))).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_Cancelled_WhileWaiting_Throws()
    {
        await using var first = await RunLock.AcquireAsync(_cluster, Options("run-1"), _time, _ => { }, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var second = RunLock.AcquireAsync(_cluster, Options("run-2"), _time, _ => { }, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("shop", "hooksync-shop")]
    [InlineData("org/Shop", "hooksync-org-shop-")]
    [InlineData("a_b", "hooksync-a-b-")]
    public void LeaseName_IsAValidLabel(string app, string expectedStart)
    {
        var name = LeaseName.For(app);

        Assert.StartsWith(expectedStart, name, StringComparison.Ordinal);
        Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", name);
        Assert.True(name.Length <= 63);
    }

    [Fact]
    public void LeaseName_LongOrFoldedNames_DoNotCollide()
    {
        Assert.NotEqual(LeaseName.For("org/app"), LeaseName.For("org-app"));
        Assert.NotEqual(LeaseName.For(new string('a', 100) + "1"), LeaseName.For(new string('a', 100) + "2"));
        Assert.True(LeaseName.For(new string('x', 300)).Length <= 63);
    }

    public void Dispose() => _cluster.Dispose();

    private static LockOptions Options(string holder) => new("default", "hooksync-shop", holder, TimeSpan.FromMinutes(10));

    // Fake time moves in one-second steps; each step lets the lock's loops run what became due.
    private async Task AdvanceAsync(TimeSpan by)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < by; elapsed += TimeSpan.FromSeconds(1))
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }
    }
}
