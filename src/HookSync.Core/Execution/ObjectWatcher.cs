using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>One watch per running or blocking object, feeding observations to the executor; re-GETs and re-watches on 410 Gone or a closed watch.</summary>
internal sealed class ObjectWatcher(RunContext context, CancellationToken runToken) : IAsyncDisposable
{
    private readonly ExecutionQueue<Observation> _observations = new(context.Probe);
    private readonly Dictionary<TaskRecord, (CancellationTokenSource Cts, Task Loop)> _watches = [];
    private readonly Dictionary<TaskRecord, int> _epochs = [];
    private readonly List<(CancellationTokenSource Cts, Task Loop)> _all = [];
    private readonly Lock _gate = new();

    /// <summary>Starts watching the object of <paramref name="record"/> from <paramref name="resourceVersion"/>; replaces an earlier watch.</summary>
    public void Watch(TaskRecord record, ObjectReference target, string? resourceVersion)
    {
        Stop(record);
        int epoch;
        lock (_gate)
        {
            // A new generation, so observations of an older instance are ignored.
            epoch = _epochs[record] = _epochs.GetValueOrDefault(record) + 1;
        }
        var cts = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        var token = cts.Token;
        context.Probe.Started();
        var loop = Task.Run(() => WatchLoopAsync(record, epoch, target, resourceVersion, token), CancellationToken.None);
        lock (_gate)
        {
            _watches[record] = (cts, loop);
            _all.Add((cts, loop));
        }
    }

    public void Stop(TaskRecord record)
    {
        lock (_gate)
        {
            if (_watches.Remove(record, out var watch))
            {
                // Disposed only in DisposeAsync, once its loop has ended.
                watch.Cts.Cancel();
            }
        }
    }

    /// <summary>Feeds a fallback GET result through the same path as watch events.</summary>
    public void Post(TaskRecord record, KubeObject? live) => Emit(new Observation(record, EpochOf(record), live));

    /// <summary>Whether the observation comes from the newest watch of its task.</summary>
    public bool IsCurrent(Observation observation) => observation.Epoch == EpochOf(observation.Record);

    public bool TryRead(out Observation observation) => _observations.TryRead(out observation!);

    /// <summary>Waits for the next observation, or until <paramref name="timer"/> completes at <paramref name="wakeAt"/>.</summary>
    public Task WaitAsync(Task timer, DateTimeOffset wakeAt, CancellationToken cancellationToken) =>
        _observations.WaitAsync(timer, wakeAt, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        List<(CancellationTokenSource Cts, Task Loop)> all;
        lock (_gate)
        {
            all = [.. _all];
            _watches.Clear();
        }
        foreach (var (cts, _) in all)
        {
            await cts.CancelAsync().ConfigureAwait(false);
        }
        await Task.WhenAll(all.Select(w => w.Loop)).ConfigureAwait(false);
        foreach (var (cts, _) in all)
        {
            cts.Dispose();
        }
    }

    private void Emit(Observation observation) => _observations.Write(observation);

    private int EpochOf(TaskRecord record)
    {
        lock (_gate)
        {
            return _epochs.GetValueOrDefault(record);
        }
    }

    private async Task WatchLoopAsync(TaskRecord record, int epoch, ObjectReference target, string? resourceVersion, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await foreach (var change in context.Cluster.WatchAsync(target, resourceVersion, cancellationToken).ConfigureAwait(false))
                    {
                        if (change.Type == WatchEventType.Deleted)
                        {
                            Emit(new Observation(record, epoch, null));
                            return;
                        }
                        resourceVersion = change.Object.ResourceVersion ?? resourceVersion;
                        if (change.Type != WatchEventType.Bookmark)
                        {
                            Emit(new Observation(record, epoch, change.Object));
                        }
                    }
                }
                catch (ClusterException)
                {
                    // 410 Gone or a broken stream: fall through to a fresh GET and watch again.
                }
                var live = await context.Cluster.GetAsync(target, cancellationToken).ConfigureAwait(false);
                Emit(new Observation(record, epoch, live));
                if (live is null)
                {
                    return;
                }
                resourceVersion = live.ResourceVersion;
                // A server that closes watches at once must not make this a busy loop.
                var pause = TimeSpan.FromSeconds(1);
                await context.Probe.ParkAsync(Task.Delay(pause, context.Time, cancellationToken), context.Now + pause).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The task completed or the run ended.
        }
        catch (ClusterException)
        {
            // The fallback GET of the executor sees environment failures; a watch just stops.
        }
        finally
        {
            context.Probe.Ended();
        }
    }
}
