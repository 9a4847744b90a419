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
        Task? follower = (obj.Group, obj.Kind) switch
        {
            ("", "Pod") => Task.Run(() => FollowPodAsync(record, obj.Name, _stop.Token), CancellationToken.None),
            ("batch", "Job") => Task.Run(() => FollowJobAsync(record, _stop.Token), CancellationToken.None),
            _ => null,
        };
        if (follower is not null)
        {
            lock (_gate)
            {
                _followers.Add(follower);
            }
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
        Task[] followers;
        lock (_gate)
        {
            followers = [.. _followers];
        }
        await Task.WhenAll(followers).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task FollowJobAsync(TaskRecord record, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pods = new List<Task>();
        try
        {
            while (true)
            {
                var done = record.IsCompleted || record.Deleted;
                var list = await context.Cluster.ListAsync(PodKind, record.Task.Object.Namespace, $"job-name={record.Task.Object.Name}", cancellationToken).ConfigureAwait(false);
                foreach (var pod in list.Items.Where(p => seen.Add(p.Name)))
                {
                    pods.Add(FollowPodAsync(record, pod.Name, cancellationToken));
                }
                if (done)
                {
                    break;
                }
                // Re-list while the Job runs: retries create new Pods.
                await Task.Delay(context.Options.ResyncInterval, context.Time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ClusterException ex)
        {
            Note(ex.Message);
        }
        await Task.WhenAll(pods).ConfigureAwait(false);
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
                await Task.Delay(context.Options.ResyncInterval, context.Time, cancellationToken).ConfigureAwait(false);
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
