using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>
/// One list+watch of a kind in one namespace, shared by every task object of that kind there (informer style): it
/// lists once, watches from the list's resourceVersion, resumes from the last version seen when the server closes the
/// watch, and lists again on 410 Gone or a broken stream. It keeps the newest version of every object it saw, so an
/// object registered after its events went by still gets them.
/// </summary>
internal sealed class KindInformer(RunContext context, GroupVersionKind gvk, string ns, Action<Observation> emit)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, KubeObject> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Registration> _watched = new(StringComparer.Ordinal);
    private string? _position;
    private bool _synced;

    /// <summary>Delivers the object's changes after <paramref name="resourceVersion"/> (its apply or GET) as observations of <paramref name="epoch"/>.</summary>
    public void Register(TaskRecord record, int epoch, string name, string? resourceVersion)
    {
        lock (_gate)
        {
            var registration = new Registration(record, epoch, resourceVersion);
            _watched[name] = registration;
            if (_synced)
            {
                CatchUpLocked(name, registration, _position);
            }
        }
    }

    public void Unregister(TaskRecord record, string name)
    {
        lock (_gate)
        {
            if (_watched.TryGetValue(name, out var registration) && registration.Record == record)
            {
                _watched.Remove(name);
            }
        }
    }

    /// <summary>Lists and watches until <paramref name="cancellationToken"/> ends the run; returns when a list fails (the step loop's resync takes over).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var mustList = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (mustList)
            {
                var list = await context.Cluster.ListAsync(gvk, ns.Length == 0 ? null : ns, null, cancellationToken).ConfigureAwait(false);
                Replace(list);
                mustList = false;
            }
            var sawEvent = false;
            try
            {
                await foreach (var change in context.Cluster.WatchKindAsync(gvk, ns, Position(), cancellationToken).ConfigureAwait(false))
                {
                    sawEvent = true;
                    Apply(change);
                }
            }
            catch (ClusterException)
            {
                // 410 Gone (the version fell out of the server's window) or a broken stream: list again, then watch.
                mustList = true;
            }
            if (mustList || !sawEvent)
            {
                // A server that fails or closes watches at once must not make this a busy loop.
                var pause = TimeSpan.FromSeconds(1);
                await context.Probe.ParkAsync(Task.Delay(pause, context.Time, cancellationToken), context.Now + pause).ConfigureAwait(false);
            }
        }
    }

    private string? Position()
    {
        lock (_gate)
        {
            return _position;
        }
    }

    private void Replace(ObjectList list)
    {
        lock (_gate)
        {
            _cache.Clear();
            foreach (var item in list.Items.Where(i => ns.Length == 0 || i.Namespace.Length == 0 || i.Namespace == ns))
            {
                _cache[item.Name] = item;
            }
            _position = list.ResourceVersion;
            _synced = true;
            foreach (var (name, registration) in _watched.ToList())
            {
                CatchUpLocked(name, registration, list.ResourceVersion);
            }
        }
    }

    private void Apply(WatchEvent change)
    {
        lock (_gate)
        {
            var obj = change.Object;
            var version = obj.ResourceVersion;
            if (version is not null)
            {
                _position = version;
            }
            if (change.Type == WatchEventType.Bookmark || obj.Name.Length == 0)
            {
                return;
            }
            var deleted = change.Type == WatchEventType.Deleted;
            if (deleted)
            {
                _cache.Remove(obj.Name);
            }
            else
            {
                _cache[obj.Name] = obj;
            }
            if (!_watched.TryGetValue(obj.Name, out var registration))
            {
                return;
            }
            // Older than what the task already saw (its apply): a shared watch replays other objects' history too.
            // A deletion may carry the object's last version, the one registered.
            var relevant = deleted
                ? !ResourceVersions.IsOlder(version, registration.ResourceVersion)
                : ResourceVersions.IsNewer(version, registration.ResourceVersion);
            if (relevant)
            {
                emit(new Observation(registration.Record, registration.Epoch, deleted ? null : obj));
            }
        }
    }

    /// <summary>What the cache knows that is newer than the registration: a newer version, or that it is gone.</summary>
    private void CatchUpLocked(string name, Registration registration, string? position)
    {
        if (_cache.TryGetValue(name, out var cached))
        {
            if (ResourceVersions.IsNewer(cached.ResourceVersion, registration.ResourceVersion))
            {
                emit(new Observation(registration.Record, registration.Epoch, cached));
            }
        }
        else if (ResourceVersions.IsAtLeast(position, registration.ResourceVersion))
        {
            // Seen up to a version at least the registered one, and the object is not there: it is gone.
            emit(new Observation(registration.Record, registration.Epoch, null));
        }
    }

    private sealed record Registration(TaskRecord Record, int Epoch, string? ResourceVersion);
}
