using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using HookSync.Simulator.Controllers;
using HookSync.Simulator.Faults;
using HookSync.Simulator.Scripting;
using HookSync.Simulator.Store;

namespace HookSync.Simulator;

/// <summary>
/// Steers a running simulator from a test. Behaviours name objects as <c>--simulate-fail</c> does (metadata.name, or a
/// generateName prefix; kind case-insensitive), must be set before the object is created, and win over FailTargets.
/// </summary>
public sealed class SimulatorScript
{
    private readonly SimulatorContext _context;
    private readonly GarbageCollector _collector;

    internal SimulatorScript(SimulatorContext context)
    {
        _context = context;
        _collector = new GarbageCollector(context);
    }

    /// <summary>The Job, Pod, Deployment or Workflow fails once <paramref name="after"/> has passed.</summary>
    public void FailAfter(string kind, string name, TimeSpan after) => _context.Script.Add(kind, name, new Behaviour(Outcome.Fail, after));

    /// <summary>The object's work succeeds after <paramref name="after"/> instead of the work duration.</summary>
    public void SucceedAfter(string kind, string name, TimeSpan after) => _context.Script.Add(kind, name, new Behaviour(Outcome.Succeed, after));

    /// <summary>The Deployment, StatefulSet, DaemonSet, Job, Pod or Workflow starts but never completes.</summary>
    public void StayProgressing(string kind, string name) => _context.Script.Add(kind, name, new Behaviour(Outcome.StayProgressing, null));

    /// <summary>The pod (a Job's pod too: name it by the Job's name as prefix) waits forever with ImagePullBackOff.</summary>
    public void ImagePullBackOff(string podName) => _context.Script.Add("Pod", podName, new Behaviour(Outcome.ImagePullBackOff, null));

    /// <summary>Every later create or apply of this object fails with the given Status.</summary>
    public void RejectApply(string kind, string name, int statusCode, string reason, string message) =>
        _context.Script.Reject(kind, name, statusCode, reason, message);

    /// <summary>Like <see cref="RejectApply"/>, but dry-run requests pass: the failure shows only when the object is really written.</summary>
    public void RejectRealApply(string kind, string name, int statusCode, string reason, string message) =>
        _context.Script.Reject(kind, name, statusCode, reason, message, sparesDryRun: true);

    /// <summary>Injects a fault into later requests matching the rule (see <see cref="FaultRule"/>); rules are tried in the order added.</summary>
    public void Inject(FaultRule rule) => _context.Faults.Add(rule);

    /// <summary>Removes every injected fault; later requests are served normally.</summary>
    public void ClearFaults() => _context.Faults.Clear();

    /// <summary>Appends lines to a pod's log (the pod need not exist yet).</summary>
    public void AddPodLog(string podName, params string[] lines) => _context.Logs.Append(podName, lines);

    /// <summary>Deletes an object as <c>kubectl delete</c> would (background propagation); false when it does not exist.</summary>
    public bool DeleteFromOutside(string kind, string ns, string name)
    {
        var type = TypeOf(kind);
        var key = ObjectShape.KeyOf(type, ns, name);
        return _context.Store.Transact(tx => tx.Get(key) is not null && _collector.Delete(tx, type, key, "Background", dryRun: false).Result is not null);
    }

    /// <summary>Replaces an object's status (as a controller would); false when it does not exist.</summary>
    public bool SetStatus(string kind, string ns, string name, JsonObject status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var key = ObjectShape.KeyOf(TypeOf(kind), ns, name);
        return _context.Store.Transact(tx =>
        {
            var live = tx.Get(key);
            if (live is null)
            {
                return false;
            }
            var obj = live.Object.CloneObject();
            obj["status"] = status.DeepClone();
            tx.Put(key, obj, live.Owners);
            return true;
        });
    }

    /// <summary>Sets (or with a null value removes) one annotation, as another tool editing the object would; false when it does not exist.</summary>
    public bool SetAnnotation(string kind, string ns, string name, string key, string? value)
    {
        var objectKey = ObjectShape.KeyOf(TypeOf(kind), ns, name);
        return _context.Store.Transact(tx =>
        {
            var live = tx.Get(objectKey);
            if (live is null)
            {
                return false;
            }
            var obj = live.Object.CloneObject();
            var metadata = (JsonObject)obj["metadata"]!;
            if (metadata["annotations"] is not JsonObject annotations)
            {
                annotations = new JsonObject();
                metadata["annotations"] = annotations;
            }
            annotations.Remove(key);
            if (value is not null)
            {
                annotations[key] = value;
            }
            tx.Put(objectKey, obj, live.Owners);
            return true;
        });
    }

    /// <summary>A copy of the object as stored, or null.</summary>
    public JsonObject? Get(string kind, string ns, string name)
    {
        var key = ObjectShape.KeyOf(TypeOf(kind), ns, name);
        return _context.Store.Transact(tx => tx.Get(key))?.Object.CloneObject();
    }

    /// <summary>Copies of every stored object of a kind (all namespaces), sorted by namespace and name.</summary>
    public IReadOnlyList<JsonObject> List(string kind)
    {
        var type = TypeOf(kind);
        return _context.Store.Transact(tx => tx.List(type.Group, type.Name, null)).Select(o => o.Object.CloneObject()).ToList();
    }

    /// <summary>Completes when no controller step is pending (with a FakeTimeProvider, advance time for steps to run).</summary>
    public Task WaitForIdleAsync(CancellationToken cancellationToken = default) => _context.Scheduler.WhenIdleAsync(cancellationToken);

    private ResourceType TypeOf(string kind) =>
        _context.Catalog.All.FirstOrDefault(t => string.Equals(t.Kind, kind, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"the simulator serves no kind \"{kind}\"", nameof(kind));
}
