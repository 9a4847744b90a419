using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Store;

/// <summary>
/// The cluster's state: objects, the global resourceVersion, a bounded event history and open watches.
/// All reads and writes run inside <see cref="Transact{T}"/>; observers (controllers) hear about changes after the lock is released.
/// </summary>
internal sealed class ObjectStore(TimeProvider time)
{
    private const int HistoryCapacity = 1000;
    private readonly Lock _gate = new();
    private readonly Dictionary<ObjectKey, StoredObject> _objects = [];
    private readonly Queue<WatchEvent> _history = new();
    private readonly List<Watcher> _watchers = [];
    private readonly List<Action<WatchEvent>> _observers = [];
    private long _resourceVersion = 1;
    private long _compactedRevision;

    public TimeProvider Time { get; } = time;

    public IdentityGenerator Identity { get; } = new();

    public long CurrentRevision
    {
        get { lock (_gate) { return _resourceVersion; } }
    }

    public void Observe(Action<WatchEvent> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }
    }

    public T Transact<T>(Func<StoreTransaction, T> work)
    {
        StoreTransaction transaction;
        T result;
        Action<WatchEvent>[] observers;
        lock (_gate)
        {
            transaction = new StoreTransaction(this);
            result = work(transaction);
            observers = [.. _observers];
        }
        foreach (var change in transaction.Events)
        {
            foreach (var observer in observers)
            {
                observer(change);
            }
        }
        return result;
    }

    public void Transact(Action<StoreTransaction> work) => Transact(tx => { work(tx); return 0; });

    /// <summary>Opens a watch. Returns null when <paramref name="fromRevision"/> is older than the history kept (410 Gone).</summary>
    public (Watcher Watcher, IReadOnlyList<WatchEvent> Backlog)? Subscribe(Func<WatchEvent, bool> filter, long? fromRevision, Func<StoredObject, bool> initialFilter)
    {
        lock (_gate)
        {
            if (fromRevision is { } from && from > 0 && from < _compactedRevision)
            {
                return null;
            }
            var watcher = new Watcher(filter);
            IReadOnlyList<WatchEvent> backlog = fromRevision is { } start && start > 0
                ? [.. _history.Where(e => e.ResourceVersion > start && filter(e))]
                : [.. _objects.Values.Where(initialFilter).OrderBy(o => o.Key.Namespace, StringComparer.Ordinal)
                    .ThenBy(o => o.Key.Name, StringComparer.Ordinal)
                    .Select(o => new WatchEvent(WatchEvent.Added, o.Key, o.Object, ParseRevision(o.Object)))];
            _watchers.Add(watcher);
            return (watcher, backlog);
        }
    }

    public void Unsubscribe(Watcher watcher)
    {
        lock (_gate)
        {
            _watchers.Remove(watcher);
        }
        watcher.Complete();
    }

    public void CompleteAllWatches()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Complete();
            }
            _watchers.Clear();
        }
    }

    internal static long ParseRevision(JsonObject obj) =>
        long.TryParse(obj.Str("metadata", "resourceVersion"), out var rv) ? rv : 0;

    internal StoredObject? Find(ObjectKey key) => _objects.GetValueOrDefault(key);

    internal IEnumerable<StoredObject> All => _objects.Values;

    internal long NextRevision() => ++_resourceVersion;

    internal void Save(StoredObject stored) => _objects[stored.Key] = stored;

    internal void Delete(ObjectKey key) => _objects.Remove(key);

    internal void Publish(WatchEvent change)
    {
        _history.Enqueue(change);
        while (_history.Count > HistoryCapacity)
        {
            _compactedRevision = _history.Dequeue().ResourceVersion;
        }
        foreach (var watcher in _watchers)
        {
            watcher.Offer(change);
        }
    }

    internal static ImmutableDictionary<string, FieldOwner> NoOwners => ImmutableDictionary<string, FieldOwner>.Empty.WithComparers(StringComparer.Ordinal);
}
