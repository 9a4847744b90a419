using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// Feeds observations of running or blocking objects to the executor. An object whose apply response already settles
/// its health (no health rule, or healthy at once) is not watched at all; the others share one list+watch per
/// (kind, namespace) (<see cref="KindInformer"/>) instead of a stream each. <see cref="ResyncAsync"/> is the fallback re-read:
/// one list per (kind, namespace), a few at a time.
/// </summary>
internal sealed class ObjectWatcher(RunContext context, CancellationToken runToken) : IAsyncDisposable
{
    private readonly ExecutionQueue<Observation> _observations = new(context.Probe);
    private readonly Dictionary<(GroupVersionKind Gvk, string Namespace), KindInformer> _informers = [];
    private readonly Dictionary<TaskRecord, (KindInformer Informer, string Name)> _watches = [];
    private readonly Dictionary<TaskRecord, int> _epochs = [];
    private readonly List<Task> _loops = [];
    private readonly Lock _gate = new();

    /// <summary>Starts watching the object of <paramref name="record"/> from <paramref name="resourceVersion"/>; replaces an earlier watch.</summary>
    public void Watch(TaskRecord record, ObjectReference target, string? resourceVersion)
    {
        Stop(record);
        lock (_gate)
        {
            // A new generation, so observations of an older instance are ignored.
            var epoch = _epochs[record] = _epochs.GetValueOrDefault(record) + 1;
            if (SettledByApply(record))
            {
                // The step loop assesses the apply response; nothing can change the verdict of a settled task.
                return;
            }
            var key = (target.Gvk, target.Namespace);
            if (!_informers.TryGetValue(key, out var informer))
            {
                informer = _informers[key] = new KindInformer(context, target.Gvk, target.Namespace, Emit);
                context.Probe.Started();
                _loops.Add(Task.Run(() => RunInformerAsync(key, informer), CancellationToken.None));
            }
            _watches[record] = (informer, target.Name);
            informer.Register(record, epoch, target.Name, resourceVersion);
        }
    }

    public void Stop(TaskRecord record)
    {
        lock (_gate)
        {
            if (_watches.Remove(record, out var watch))
            {
                watch.Informer.Unregister(record, watch.Name);
            }
        }
    }

    /// <summary>Feeds a fallback re-read through the same path as watch events.</summary>
    public void Post(TaskRecord record, KubeObject? live) => Emit(new Observation(record, EpochOf(record), live));

    /// <summary>
    /// Re-reads the objects of <paramref name="records"/> when watches stay quiet: one list per (kind, namespace), at most
    /// --concurrency at once, never a GET per object.
    /// </summary>
    public async Task ResyncAsync(IReadOnlyList<TaskRecord> records, CancellationToken cancellationToken)
    {
        var groups = records
            .Select(r => (Record: r, Target: ObjectReference.To(r.Live ?? r.Task.Object)))
            .GroupBy(r => (r.Target.Gvk, r.Target.Namespace))
            .ToList();
        using var slots = context.Probe.CreateSlots(context.Options.Concurrency);
        await context.Probe.ForkJoinAsync(groups, async group =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var ns = group.Key.Namespace;
                var list = await context.Cluster.ListAsync(group.Key.Gvk, ns.Length == 0 ? null : ns, null, cancellationToken).ConfigureAwait(false);
                var byName = list.Items
                    .Where(i => ns.Length == 0 || i.Namespace.Length == 0 || i.Namespace == ns)
                    .GroupBy(i => i.Name, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                foreach (var (record, target) in group)
                {
                    Post(record, byName.GetValueOrDefault(target.Name));
                }
                return true;
            }
            finally
            {
                slots.Release();
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Whether the observation comes from the newest watch of its task.</summary>
    public bool IsCurrent(Observation observation) => observation.Epoch == EpochOf(observation.Record);

    public bool TryRead(out Observation observation) => _observations.TryRead(out observation!);

    /// <summary>Waits for the next observation, or until <paramref name="timer"/> completes at <paramref name="wakeAt"/>.</summary>
    public Task WaitAsync(Task timer, DateTimeOffset wakeAt, CancellationToken cancellationToken) =>
        _observations.WaitAsync(timer, wakeAt, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        List<Task> loops;
        lock (_gate)
        {
            loops = [.. _loops];
            _watches.Clear();
        }
        // The loops end with runToken, which the executor cancels before disposing.
        await Task.WhenAll(loops).ConfigureAwait(false);
    }

    private bool SettledByApply(TaskRecord record) =>
        !record.AwaitingOldDeletion
        && record.State == OperationPhase.Running
        && record.Live is { } live
        && HealthMapping.Assess(context.Health, record.Task.IsHook, live) is { } assessed
        && assessed.State != OperationPhase.Running;

    private void Emit(Observation observation) => _observations.Write(observation);

    private int EpochOf(TaskRecord record)
    {
        lock (_gate)
        {
            return _epochs.GetValueOrDefault(record);
        }
    }

    private async Task RunInformerAsync((GroupVersionKind, string) key, KindInformer informer)
    {
        try
        {
            await informer.RunAsync(runToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            // The run ended.
        }
        catch (ClusterException)
        {
            // A failed list: the step loop's resync sees environment failures; a later watch of this kind starts a new informer.
        }
        finally
        {
            lock (_gate)
            {
                if (_informers.TryGetValue(key, out var current) && current == informer)
                {
                    _informers.Remove(key);
                }
            }
            context.Probe.Ended();
        }
    }
}
