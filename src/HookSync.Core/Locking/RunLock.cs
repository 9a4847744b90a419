using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Locking;

/// <summary>
/// One sync per app at a time: a <c>coordination.k8s.io/v1</c> Lease held for the whole run, renewed while it runs and
/// deleted when it ends. Two pipelines syncing one app would otherwise delete each other's hooks (BeforeHookCreation)
/// and run migrations twice. Every write is a compare-and-swap on the Lease's resourceVersion, so two runs racing for
/// a free or expired lock cannot both win.
/// </summary>
public sealed class RunLock : IAsyncDisposable
{
    private static readonly TimeSpan ReleaseBudget = TimeSpan.FromSeconds(5);

    private readonly IClusterClient _cluster;
    private readonly LockOptions _options;
    private readonly TimeProvider _time;
    private readonly Action<string> _report;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private KubeObject _lease;

    private RunLock(IClusterClient cluster, LockOptions options, TimeProvider time, Action<string> report, KubeObject lease)
    {
        _cluster = cluster;
        _options = options;
        _time = time;
        _report = report;
        _lease = lease;
        _renewal = RenewAsync(_stop.Token);
    }

    /// <summary>True once another run took the Lease over (this run stopped renewing in time).</summary>
    public bool Lost { get; private set; }

    private ObjectReference Target => new(LeaseObject.Gvk, _options.Namespace, _options.Name);

    /// <summary>Takes the lock, waiting up to <see cref="LockOptions.WaitTimeout"/> for another run to release it or let it expire.</summary>
    /// <param name="report">Receives progress lines (who holds the lock) while waiting, and a line if the lock is lost.</param>
    /// <exception cref="LockTimeoutException">Another run held it for the whole wait.</exception>
    public static async Task<RunLock> AcquireAsync(
        IClusterClient cluster, LockOptions options, TimeProvider time, Action<string> report, CancellationToken cancellationToken)
    {
        var target = new ObjectReference(LeaseObject.Gvk, options.Namespace, options.Name);
        var started = time.GetUtcNow();
        DateTimeOffset? reported = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = time.GetUtcNow();
            var live = await cluster.GetAsync(target, cancellationToken).ConfigureAwait(false);
            var taken = live is null
                ? await TryCreateAsync(cluster, options, now, cancellationToken).ConfigureAwait(false)
                : LeaseObject.Holder(live) == options.Holder || LeaseObject.IsExpired(live, now)
                    ? await TryReplaceAsync(cluster, LeaseObject.Held(live, options, now, takeOver: LeaseObject.Holder(live) != options.Holder), cancellationToken).ConfigureAwait(false)
                    : null;
            if (taken is not null)
            {
                return new RunLock(cluster, options, time, report, taken);
            }
            if (live is null)
            {
                // Lost a create race; the winner's Lease is read on the next pass.
                continue;
            }
            var holder = LeaseObject.Holder(live);
            var waited = now - started;
            if (waited >= options.WaitTimeout)
            {
                throw new LockTimeoutException(holder, LeaseObject.AcquireTime(live), options.Namespace, options.Name, waited);
            }
            if (reported is null || now - reported >= options.ReportInterval)
            {
                reported = now;
                report($"waiting for the lock: Lease {options.Namespace}/{options.Name} is held by {holder} (up to {(int)options.WaitTimeout.TotalSeconds}s)");
            }
            var pause = options.PollInterval < options.WaitTimeout - waited ? options.PollInterval : options.WaitTimeout - waited;
            await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops renewing and deletes the Lease if this run still holds it; never throws (an unreleased Lease expires).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
        if (Lost)
        {
            return;
        }
        // Released on every way out, cancellation included, so the run's own token is not used; the budget bounds it.
        using var budget = new CancellationTokenSource(ReleaseBudget, _time);
        try
        {
            var live = await _cluster.GetAsync(Target, budget.Token).ConfigureAwait(false);
            if (live is not null && LeaseObject.Holder(live) == _options.Holder)
            {
                await _cluster.DeleteAsync(Target, DeletePropagation.Background, budget.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is ClusterException or OperationCanceledException)
        {
            _report($"could not release the lock (Lease {_options.Namespace}/{_options.Name}); it expires by itself within {(int)_options.LeaseDuration.TotalSeconds}s: {e.Message}");
        }
    }

    private static async Task<KubeObject?> TryCreateAsync(IClusterClient cluster, LockOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return (await cluster.CreateAsync(LeaseObject.New(options, now), dryRun: false, cancellationToken).ConfigureAwait(false)).Live;
        }
        catch (ClusterException e) when (e.Kind is ClusterFailureKind.AlreadyExists)
        {
            return null;
        }
    }

    private static async Task<KubeObject?> TryReplaceAsync(IClusterClient cluster, KubeObject lease, CancellationToken cancellationToken)
    {
        try
        {
            return await cluster.ReplaceAsync(lease, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException e) when (e.Kind is ClusterFailureKind.Conflict or ClusterFailureKind.NotFound)
        {
            return null;
        }
    }

    private async Task RenewAsync(CancellationToken stop)
    {
        var every = _options.LeaseDuration / 3;
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(every, _time, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stop.IsCancellationRequested)
            {
                return;
            }
            try
            {
                var renewed = await TryReplaceAsync(_cluster, LeaseObject.Held(_lease, _options, _time.GetUtcNow(), takeOver: false), stop).ConfigureAwait(false);
                if (renewed is not null)
                {
                    _lease = renewed;
                    continue;
                }
                // Someone else wrote the Lease: still ours (a retried write) means renew from the fresh copy next time.
                var live = await _cluster.GetAsync(Target, stop).ConfigureAwait(false);
                if (live is not null && LeaseObject.Holder(live) == _options.Holder)
                {
                    _lease = live;
                    continue;
                }
                Lost = true;
                _report($"lost the lock: Lease {_options.Namespace}/{_options.Name} is now held by {(live is null ? "nobody" : LeaseObject.Holder(live))}");
                return;
            }
            catch (ClusterException)
            {
                // A transient API failure: the Lease is valid for two more renewal periods, so try again at the next one.
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
