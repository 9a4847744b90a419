using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HookSync.Core.Execution;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Testing.Cluster;

/// <summary>
/// A stateful, in-memory <see cref="IClusterClient"/> for engine tests: objects with resourceVersions, watches,
/// fake controllers driven by an injected <see cref="TimeProvider"/>, scripted behaviours and a request log.
/// </summary>
public sealed partial class InMemoryCluster : IClusterClient, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<ResourceKey, JsonObject> _objects = [];
    private readonly Dictionary<GroupKind, ApiResource> _served = [];
    private readonly List<ClusterRequest> _requests = [];
    private readonly List<(ResourceKey Key, ExecutionQueue<WatchEvent> Channel)> _watches = [];
    private readonly List<(GroupKind Kind, string Namespace, ExecutionQueue<WatchEvent> Channel)> _kindWatches = [];
    private readonly List<ITimer> _timers = [];
    private long _resourceVersion = 100;
    private int _uid;
    private int _inFlightApplies;

    public InMemoryCluster(TimeProvider time)
    {
        _time = time;
        foreach (var (apiVersion, kind, plural, namespaced) in BuiltInKinds)
        {
            var gvk = GroupVersionKind.From(apiVersion, kind);
            _served[gvk.GroupKind] = new ApiResource(gvk, plural, namespaced);
        }
        foreach (var ns in new[] { "default", "kube-system" })
        {
            Store(KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{ns}}}"}}""").ToJsonObject());
        }
    }

    /// <summary>
    /// The executor's probe, when a test advances fake time only while the run is idle: apply latency and watches
    /// waiting for events park on it.
    /// </summary>
    public ExecutionProbe Probe { get; set; } = new();

    /// <summary>Simulated time every apply takes (on the injected clock), to observe parallelism.</summary>
    public TimeSpan ApplyLatency { get; set; }

    /// <summary>Default time from creation to a Job/Pod/Deployment's final status.</summary>
    public TimeSpan CompletionDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most real (not dry-run) applies that were in flight at the same time.</summary>
    public int MaxConcurrentApplies { get; private set; }

    /// <summary>When set, discovery fails with it (an environment failure).</summary>
    public ClusterException? DiscoveryFailure { get; set; }

    public int DiscoveryInvalidations { get; private set; }

    /// <summary>How many of the next kind watches fail at once with 410 Gone (their resourceVersion fell out of the window).</summary>
    public int KindWatchesGone { get; set; }

    /// <summary>Watches stay silent (a broken watch proxy), so only GETs see changes.</summary>
    public bool SuppressWatchEvents { get; set; }

    public Task<ApiResource?> FindResourceAsync(GroupVersionKind gvk, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log("discover", gvk.Kind, string.Empty, gvk.ApiVersion);
            if (DiscoveryFailure is { } failure)
            {
                throw failure;
            }
            return Task.FromResult(_served.TryGetValue(gvk.GroupKind, out var resource) && resource.Gvk.Version == gvk.Version ? resource : null);
        }
    }

    public void InvalidateDiscovery()
    {
        lock (_gate)
        {
            DiscoveryInvalidations++;
        }
    }

    public async Task<ApplyResult> ApplyAsync(KubeObject obj, ApplyRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log(request.DryRun ? "dry-run" : "apply", obj.Kind, obj.Namespace, obj.Name);
            if (!request.DryRun)
            {
                _inFlightApplies++;
                MaxConcurrentApplies = Math.Max(MaxConcurrentApplies, _inFlightApplies);
            }
        }
        try
        {
            if (ApplyLatency > TimeSpan.Zero)
            {
                await Probe.ParkAsync(Task.Delay(ApplyLatency, _time, cancellationToken), _time.GetUtcNow() + ApplyLatency).ConfigureAwait(false);
            }
            lock (_gate)
            {
                return ApplyLocked(obj, request.DryRun);
            }
        }
        finally
        {
            lock (_gate)
            {
                _inFlightApplies -= request.DryRun ? 0 : 1;
            }
        }
    }

    public Task<ApplyResult> CreateAsync(KubeObject obj, bool dryRun, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log("create", obj.Kind, obj.Namespace, obj.Name);
            if (_objects.ContainsKey(obj.Key))
            {
                throw new ClusterException(ClusterFailureKind.AlreadyExists, $"{obj.Kind.ToLowerInvariant()}s \"{obj.Name}\" already exists", 409, "AlreadyExists");
            }
            return Task.FromResult(ApplyLocked(obj, dryRun));
        }
    }

    public Task<KubeObject> ReplaceAsync(KubeObject obj, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log("replace", obj.Kind, obj.Namespace, obj.Name);
            if (!_objects.TryGetValue(obj.Key, out var live))
            {
                throw new ClusterException(ClusterFailureKind.NotFound, $"{obj.Kind.ToLowerInvariant()}s \"{obj.Name}\" not found", 404, "NotFound");
            }
            var expected = obj.ResourceVersion;
            if (!string.IsNullOrEmpty(expected) && expected != live["metadata"]?["resourceVersion"]?.GetValue<string>())
            {
                throw new ClusterException(ClusterFailureKind.Conflict,
                    $"Operation cannot be fulfilled on {obj.Kind.ToLowerInvariant()}s \"{obj.Name}\": the object has been modified; please apply your changes to the latest version and try again",
                    409, "Conflict");
            }
            var body = obj.ToJsonObject();
            var metadata = (JsonObject)body["metadata"]!;
            foreach (var field in new[] { "uid", "creationTimestamp", "generation" })
            {
                metadata[field] = live["metadata"]?[field]?.DeepClone();
            }
            _objects[obj.Key] = body;
            Bump(body, WatchEventType.Modified);
            return Task.FromResult(KubeObject.FromJson(body));
        }
    }

    public Task<KubeObject?> GetAsync(ObjectReference target, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log("get", target.Gvk.Kind, target.Namespace, target.Name);
            return Task.FromResult(_objects.TryGetValue(KeyOf(target), out var body) ? KubeObject.FromJson(body) : null);
        }
    }

    public Task<bool> DeleteAsync(ObjectReference target, DeletePropagation propagation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log("delete", target.Gvk.Kind, target.Namespace, target.Name);
            var key = KeyOf(target);
            if (!_objects.TryGetValue(key, out var body))
            {
                return Task.FromResult(false);
            }
            var behaviour = BehaviourOf(body);
            if (behaviour?.DeleteFindsNothing == true)
            {
                RemoveLocked(key);
                return Task.FromResult(false);
            }
            if (behaviour?.DeleteError is { } error)
            {
                throw error;
            }
            if (behaviour?.DeletionDelay is { } delay && delay > TimeSpan.Zero)
            {
                if (body["metadata"]!["deletionTimestamp"] is null)
                {
                    body["metadata"]!["deletionTimestamp"] = _time.GetUtcNow().ToString("O");
                    Bump(body, WatchEventType.Modified);
                    Schedule(delay, () => RemoveLocked(key));
                }
                return Task.FromResult(true);
            }
            RemoveLocked(key);
            return Task.FromResult(true);
        }
    }

    public Task<ObjectList> ListAsync(GroupVersionKind gvk, string? ns, string? labelSelector, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log("list", gvk.Kind, ns ?? string.Empty, labelSelector ?? string.Empty);
            var items = _objects.Where(o => o.Key.Group == gvk.Group && o.Key.Kind == gvk.Kind && (ns is null || o.Key.Namespace == ns))
                .Select(o => KubeObject.FromJson(o.Value))
                .Where(o => Matches(o, labelSelector))
                .OrderBy(o => o.Name, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new ObjectList(items, _resourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    public Task<IReadOnlyList<KubeObject>> ListEventsAsync(ObjectReference about, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Log("list", "Event", about.Namespace, about.Gvk.Kind + "/" + about.Name);
            IReadOnlyList<KubeObject> items = _objects.Where(o => o.Key.Group.Length == 0 && o.Key.Kind == "Event" && o.Key.Namespace == about.Namespace)
                .Select(o => KubeObject.FromJson(o.Value))
                .Where(e => e.GetString("involvedObject", "kind") == about.Gvk.Kind && e.GetString("involvedObject", "name") == about.Name)
                .ToList();
            return Task.FromResult(items);
        }
    }

    public async IAsyncEnumerable<WatchEvent> WatchAsync(ObjectReference target, string? resourceVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = KeyOf(target);
        var channel = new ExecutionQueue<WatchEvent>(Probe);
        lock (_gate)
        {
            Log("watch", target.Gvk.Kind, target.Namespace, target.Name);
            _watches.Add((key, channel));
            // A watch from an older resourceVersion first sees what changed since.
            if (!_objects.TryGetValue(key, out var body))
            {
                channel.Write(new WatchEvent(WatchEventType.Deleted, KubeObject.FromJson(target.Gvk.ApiVersion.Length == 0 ? new JsonObject() : new JsonObject { ["apiVersion"] = target.Gvk.ApiVersion, ["kind"] = target.Gvk.Kind })));
            }
            else if (body["metadata"]?["resourceVersion"]?.GetValue<string>() != resourceVersion)
            {
                channel.Write(new WatchEvent(WatchEventType.Modified, KubeObject.FromJson(body)));
            }
        }
        try
        {
            while (true)
            {
                if (!channel.TryRead(out var change))
                {
                    await channel.WaitAsync(null, null, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                yield return change;
                if (change.Type == WatchEventType.Deleted)
                {
                    yield break;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _watches.RemoveAll(w => w.Channel == channel);
            }
        }
    }

    /// <summary>A watch of every object of a kind in a namespace; logged as "watch" with the kind's plural-less name empty.</summary>
    public async IAsyncEnumerable<WatchEvent> WatchKindAsync(GroupVersionKind gvk, string ns, string? resourceVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = new ExecutionQueue<WatchEvent>(Probe);
        lock (_gate)
        {
            Log("watch", gvk.Kind, ns, string.Empty);
            if (KindWatchesGone > 0)
            {
                KindWatchesGone--;
                throw new ClusterException(ClusterFailureKind.Gone, $"too old resource version: {resourceVersion}", 410, "Expired");
            }
            _kindWatches.Add((gvk.GroupKind, ns, channel));
            // No history is kept: a watch from an older resourceVersion first sees the objects changed since, as they are now.
            var from = long.TryParse(resourceVersion, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
            foreach (var (key, body) in _objects.Where(o => o.Key.Group == gvk.Group && o.Key.Kind == gvk.Kind && (ns.Length == 0 || o.Key.Namespace == ns)).OrderBy(o => o.Key.Name, StringComparer.Ordinal))
            {
                var version = long.TryParse(body["metadata"]?["resourceVersion"]?.GetValue<string>(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
                if (version > from)
                {
                    channel.Write(new WatchEvent(WatchEventType.Modified, KubeObject.FromJson(body)));
                }
            }
        }
        try
        {
            while (true)
            {
                if (!channel.TryRead(out var change))
                {
                    await channel.WaitAsync(null, null, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                yield return change;
            }
        }
        finally
        {
            lock (_gate)
            {
                _kindWatches.RemoveAll(w => w.Channel == channel);
            }
        }
    }

    public async IAsyncEnumerable<string> StreamPodLogAsync(string ns, string pod, string? container, bool follow, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IReadOnlyList<string> lines;
        lock (_gate)
        {
            Log("logs", "Pod", ns, pod);
            var key = new ResourceKey(string.Empty, "Pod", ns, pod);
            if (!_objects.TryGetValue(key, out var body))
            {
                throw new ClusterException(ClusterFailureKind.NotFound, $"pods \"{pod}\" not found", 404, "NotFound");
            }
            lines = BehaviourOf(body)?.LogLines ?? [];
        }
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return line;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }
            _timers.Clear();
        }
    }
}
