using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>Streams the logs of Pod hooks and of the Pods of Job hooks in the background; never blocks the state machine.</summary>
internal sealed class HookLogFollower(RunContext context, CancellationToken runToken) : IAsyncDisposable
{
    private static readonly GroupVersionKind PodKind = new(string.Empty, "v1", "Pod");
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(runToken);
    private readonly List<Task> _followers = [];
    private readonly Dictionary<TaskRecord, Queue<string>> _tails = [];
    private readonly Lock _gate = new();
    private int _noted;

    /// <summary>Starts following the logs of a freshly applied hook, when it is a Pod or a Job.</summary>
    public void Start(TaskRecord record)
    {
        var obj = record.Task.Object;
        if (!record.Task.IsHook)
        {
            return;
        }
        Func<Task>? follow = (obj.Group, obj.Kind) switch
        {
            ("", "Pod") => () => FollowPodAsync(record, obj.Name, _stop.Token),
            ("batch", "Job") => () => FollowJobAsync(record, _stop.Token),
            _ => null,
        };
        if (follow is not null)
        {
            context.Probe.Started();
            Track(Task.Run(() => AsStrandAsync(follow), CancellationToken.None));
        }
    }

    /// <summary>The last <see cref="SyncOptions.LogTailLines"/> lines of the task's hook logs, for its report.</summary>
    public IReadOnlyList<string> TailOf(TaskRecord record)
    {
        lock (_gate)
        {
            return _tails.TryGetValue(record, out var tail) ? [.. tail] : [];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        while (true)
        {
            // A Job's follower may still add the follower of a Pod it just found.
            Task[] followers;
            lock (_gate)
            {
                followers = [.. _followers];
            }
            await Task.WhenAll(followers).ConfigureAwait(false);
            lock (_gate)
            {
                if (_followers.Count == followers.Length)
                {
                    break;
                }
            }
        }
        _stop.Dispose();
    }

    private async Task FollowJobAsync(TaskRecord record, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (true)
            {
                var done = record.IsCompleted || record.Deleted;
                var list = await context.Cluster.ListAsync(PodKind, record.Task.Object.Namespace, $"job-name={record.Task.Object.Name}", cancellationToken).ConfigureAwait(false);
                foreach (var pod in list.Items.Where(p => seen.Add(p.Name)))
                {
                    context.Probe.Started();
                    Track(AsStrandAsync(() => FollowPodAsync(record, pod.Name, cancellationToken)));
                }
                if (done)
                {
                    break;
                }
                // Re-list while the Job runs: retries create new Pods.
                await PauseAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ClusterException ex)
        {
            Note(ex.Message);
        }
    }

    private async Task FollowPodAsync(TaskRecord record, string pod, CancellationToken cancellationToken)
    {
        var ns = record.Task.Object.Namespace;
        try
        {
            while (true)
            {
                try
                {
                    await foreach (var line in context.Cluster.StreamPodLogAsync(ns, pod, null, follow: true, cancellationToken).ConfigureAwait(false))
                    {
                        Keep(record, line);
                        context.Publish(new HookLogLine(context.Elapsed, record.Task, pod, line));
                    }
                    return;
                }
                catch (ClusterException) when (!record.IsCompleted && !record.Deleted)
                {
                    // The container has not started yet (400 BadRequest): try again a little later.
                }
                await PauseAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ClusterException ex)
        {
            Note(ex.Message);
        }
    }

    private Task PauseAsync(CancellationToken cancellationToken) =>
        context.Probe.ParkAsync(Task.Delay(context.Options.ResyncInterval, context.Time, cancellationToken), context.Now + context.Options.ResyncInterval);

    // A follower is a strand of the run (see ExecutionProbe): counted by its starter, uncounted when it ends.
    private async Task AsStrandAsync(Func<Task> follow)
    {
        try
        {
            await follow().ConfigureAwait(false);
        }
        finally
        {
            context.Probe.Ended();
        }
    }

    private void Track(Task follower)
    {
        lock (_gate)
        {
            _followers.Add(follower);
        }
    }

    private void Keep(TaskRecord record, string line)
    {
        lock (_gate)
        {
            if (!_tails.TryGetValue(record, out var tail))
            {
                _tails[record] = tail = new Queue<string>();
            }
            tail.Enqueue(line);
            while (tail.Count > context.Options.LogTailLines)
            {
                tail.Dequeue();
            }
        }
    }

    private void Note(string reason)
    {
        // Log failures never change the outcome; say so once.
        if (Interlocked.Exchange(ref _noted, 1) == 0)
        {
            context.Publish(new SyncNote(context.Elapsed, $"hook logs could not be read: {reason}"));
        }
    }
}
