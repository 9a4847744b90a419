using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Testing.Cluster;

/// <summary>Storage, fake controllers and scripting of the in-memory cluster.</summary>
public sealed partial class InMemoryCluster
{
    private static readonly (string ApiVersion, string Kind, string Plural, bool Namespaced)[] BuiltInKinds =
    [
        ("v1", "Namespace", "namespaces", false), ("v1", "Pod", "pods", true), ("v1", "Service", "services", true),
        ("v1", "ConfigMap", "configmaps", true), ("v1", "Secret", "secrets", true), ("v1", "ServiceAccount", "serviceaccounts", true),
        ("apps/v1", "Deployment", "deployments", true), ("batch/v1", "Job", "jobs", true),
        ("apiextensions.k8s.io/v1", "CustomResourceDefinition", "customresourcedefinitions", false),
        ("coordination.k8s.io/v1", "Lease", "leases", true),
    ];

    private readonly List<(string Kind, string Name, ObjectBehaviour Behaviour)> _scripts = [];

    /// <summary>Every call so far, in order.</summary>
    public IReadOnlyList<ClusterRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The calls with the given verbs, as <c>"verb Kind/name"</c>, in order.</summary>
    public IReadOnlyList<string> Calls(params string[] verbs) =>
        Requests.Where(r => verbs.Contains(r.Verb)).Select(r => r.ToString()).ToList();

    /// <summary>Scripts the object of that kind whose name equals <paramref name="name"/> (or starts with it, when it ends with '-').</summary>
    public void Script(string kind, string name, ObjectBehaviour behaviour)
    {
        lock (_gate)
        {
            _scripts.Add((kind, name, behaviour));
        }
    }

    /// <summary>Adds an object that already exists in the cluster (from an earlier sync), with its status.</summary>
    public void Seed(KubeObject obj, JsonObject? status = null)
    {
        lock (_gate)
        {
            var body = obj.ToJsonObject();
            if (status is not null)
            {
                body["status"] = status;
            }
            Store(body);
        }
    }

    /// <summary>Serves an extra kind, as if its CRD existed.</summary>
    public void Serve(string apiVersion, string kind, string plural, bool namespaced = true)
    {
        var gvk = GroupVersionKind.From(apiVersion, kind);
        lock (_gate)
        {
            _served[gvk.GroupKind] = new ApiResource(gvk, plural, namespaced);
        }
    }

    public KubeObject? Find(string kind, string ns, string name)
    {
        lock (_gate)
        {
            var found = _objects.FirstOrDefault(o => o.Key.Kind == kind && o.Key.Namespace == ns && o.Key.Name == name);
            return found.Value is null ? null : KubeObject.FromJson(found.Value);
        }
    }

    /// <summary>Someone else deletes the object (kubectl delete, a TTL controller).</summary>
    public void DeleteFromOutside(string kind, string ns, string name)
    {
        lock (_gate)
        {
            var key = _objects.Keys.FirstOrDefault(k => k.Kind == kind && k.Namespace == ns && k.Name == name);
            RemoveLocked(key);
        }
    }

    private ApplyResult ApplyLocked(KubeObject obj, bool dryRun)
    {
        var behaviour = BehaviourFor(obj.Kind, obj.Name);
        if ((dryRun ? behaviour?.DryRunError : behaviour?.ApplyError) is { } error)
        {
            throw error;
        }
        if (!_served.TryGetValue(obj.Gvk.GroupKind, out var resource) || resource.Gvk.Version != obj.Version)
        {
            throw new ClusterException(ClusterFailureKind.NotFound, "the server could not find the requested resource", 404, "NotFound");
        }
        if (resource.Namespaced && !_objects.ContainsKey(new ResourceKey(string.Empty, "Namespace", string.Empty, obj.Namespace)))
        {
            throw new ClusterException(ClusterFailureKind.NotFound, $"namespaces \"{obj.Namespace}\" not found", 404, "NotFound");
        }
        var desired = obj.ToJsonObject();
        if (_objects.TryGetValue(obj.Key, out var existing))
        {
            if (Content(existing) == Content(desired))
            {
                return new ApplyResult(KubeObject.FromJson(existing), ApplyAction.Unchanged);
            }
            foreach (var field in new[] { "uid", "creationTimestamp", "deletionTimestamp", "resourceVersion" })
            {
                desired["metadata"]![field] = existing["metadata"]?[field]?.DeepClone();
            }
            desired["metadata"]!["generation"] = (KubeObject.FromJson(existing).Generation ?? 1) + 1;
            desired["status"] = existing["status"]?.DeepClone();
            if (dryRun)
            {
                return new ApplyResult(KubeObject.FromJson(desired), ApplyAction.Configured);
            }
            _objects[obj.Key] = desired;
            Bump(desired, WatchEventType.Modified);
            return new ApplyResult(KubeObject.FromJson(desired), ApplyAction.Configured);
        }
        if (dryRun)
        {
            return new ApplyResult(KubeObject.FromJson(desired), ApplyAction.Created);
        }
        desired["status"] = FakeStatus.Initial(desired);
        Store(desired);
        StartControllers(obj.Key, desired, behaviour);
        return new ApplyResult(KubeObject.FromJson(desired), ApplyAction.Created);
    }

    private void StartControllers(ResourceKey key, JsonObject body, ObjectBehaviour? behaviour)
    {
        var uid = body["metadata"]!["uid"]!.GetValue<string>();
        if (key.Kind == "CustomResourceDefinition")
        {
            body["status"] = new JsonObject { ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Established", ["status"] = "True" }) };
            var version = body["spec"]?["versions"]?[0]?["name"]?.GetValue<string>() ?? "v1";
            var group = body["spec"]?["group"]?.GetValue<string>() ?? string.Empty;
            var kind = body["spec"]?["names"]?["kind"]?.GetValue<string>() ?? string.Empty;
            var plural = body["spec"]?["names"]?["plural"]?.GetValue<string>() ?? kind.ToLowerInvariant() + "s";
            _served[new GroupKind(group, kind)] = new ApiResource(new GroupVersionKind(group, version, kind), plural, true);
            Bump(body, WatchEventType.Modified);
        }
        if (key.Kind == "Job" && behaviour is { LogLines.Count: > 0 })
        {
            var podName = $"{key.Name}-pod";
            _scripts.Add(("Pod", podName, behaviour with { CompletionDelay = TimeSpan.FromDays(1) }));
            Store(KubeObject.Parse($$$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{{podName}}}}","namespace":"{{{{key.Namespace}}}}","labels":{"job-name":"{{{{key.Name}}}}"}}}""").ToJsonObject());
        }
        var outcome = behaviour?.Outcome ?? ObjectOutcome.Succeed;
        if (FakeStatus.Final(body, outcome, behaviour is not null) is { } final)
        {
            Schedule(behaviour?.CompletionDelay ?? CompletionDelay, () =>
            {
                if (_objects.TryGetValue(key, out var current) && current["metadata"]?["uid"]?.GetValue<string>() == uid)
                {
                    current["status"] = final.DeepClone();
                    Bump(current, WatchEventType.Modified);
                }
            });
        }
        if (behaviour?.VanishAfter is { } vanish)
        {
            Schedule(vanish, () =>
            {
                if (_objects.TryGetValue(key, out var current) && current["metadata"]?["uid"]?.GetValue<string>() == uid)
                {
                    RemoveLocked(key);
                }
            });
        }
    }

    private void Store(JsonObject body)
    {
        var metadata = (JsonObject)(body["metadata"] ??= new JsonObject());
        metadata["uid"] ??= $"uid-{++_uid}";
        metadata["creationTimestamp"] ??= _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        metadata["generation"] ??= 1;
        var obj = KubeObject.FromJson(body);
        _objects[obj.Key] = body;
        Bump(body, WatchEventType.Added);
    }

    private void RemoveLocked(ResourceKey key)
    {
        if (_objects.Remove(key, out var body))
        {
            Notify(key, new WatchEvent(WatchEventType.Deleted, KubeObject.FromJson(body)));
        }
    }

    private void Bump(JsonObject body, WatchEventType type)
    {
        body["metadata"]!["resourceVersion"] = (++_resourceVersion).ToString(CultureInfo.InvariantCulture);
        var obj = KubeObject.FromJson(body);
        Notify(obj.Key, new WatchEvent(type, obj));
    }

    private void Notify(ResourceKey key, WatchEvent change)
    {
        if (SuppressWatchEvents)
        {
            return;
        }
        foreach (var (_, channel) in _watches.Where(w => w.Key == key))
        {
            channel.Write(change);
        }
        foreach (var (_, _, channel) in _kindWatches.Where(w => w.Kind == new GroupKind(key.Group, key.Kind) && (w.Namespace.Length == 0 || w.Namespace == key.Namespace)))
        {
            channel.Write(change);
        }
    }

    private void Schedule(TimeSpan delay, Action action)
    {
        var due = delay > TimeSpan.Zero ? delay : TimeSpan.FromMilliseconds(1);
        _timers.Add(_time.CreateTimer(_ =>
        {
            lock (_gate)
            {
                action();
            }
        }, null, due, Timeout.InfiniteTimeSpan));
    }

    private ObjectBehaviour? BehaviourOf(JsonObject body)
    {
        var obj = KubeObject.FromJson(body);
        return BehaviourFor(obj.Kind, obj.Name);
    }

    private ObjectBehaviour? BehaviourFor(string kind, string name) =>
        _scripts.LastOrDefault(s => s.Kind == kind && (s.Name == name || (s.Name.EndsWith('-') && name.StartsWith(s.Name, StringComparison.Ordinal)))).Behaviour;

    private static string Content(JsonObject body)
    {
        var copy = (JsonObject)body.DeepClone();
        copy.Remove("status");
        if (copy["metadata"] is JsonObject metadata)
        {
            foreach (var field in new[] { "uid", "creationTimestamp", "deletionTimestamp", "resourceVersion", "generation" })
            {
                metadata.Remove(field);
            }
        }
        return copy.ToJsonString();
    }

    private static ResourceKey KeyOf(ObjectReference target) => new(target.Gvk.Group, target.Gvk.Kind, target.Namespace, target.Name);

    private static bool Matches(KubeObject obj, string? selector)
    {
        if (string.IsNullOrEmpty(selector))
        {
            return true;
        }
        return selector.Split(',').All(term =>
        {
            var parts = term.Split('=', 2);
            return parts.Length == 2 && obj.Labels.TryGetValue(parts[0], out var value) && value == parts[1];
        });
    }

    private void Log(string verb, string kind, string ns, string name) => _requests.Add(new ClusterRequest(verb, kind, ns, name));
}
