using HookSync.Core.Diagnosis;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// Reads what the cluster shows about one task — the object, its pods (a workload's through its selector, a Job's through
/// its name; a Deployment's ReplicaSets too) and the Events about them — and hands it to <see cref="FailureClassifier"/>.
/// Kept apart from the watches: it lists on demand, for failed, timed-out or stuck tasks only. Best effort: a call that
/// fails leaves out what it would have read.
/// </summary>
internal sealed class CauseCollector(IClusterClient cluster)
{
    /// <summary>At most this many pods and ReplicaSets are read per task.</summary>
    public const int MaxChildren = 5;

    private static readonly GroupVersionKind PodKind = new(string.Empty, "v1", "Pod");
    private static readonly GroupVersionKind ReplicaSetKind = new("apps", "v1", "ReplicaSet");

    /// <summary>The pods a task's object runs: itself (a Pod), a Job's, or a workload's through its selector.</summary>
    public async Task<IReadOnlyList<KubeObject>> PodsOfAsync(KubeObject obj, CancellationToken cancellationToken)
    {
        if (obj.Group.Length == 0 && obj.Kind == "Pod")
        {
            return await cluster.GetAsync(ObjectReference.To(obj), cancellationToken).ConfigureAwait(false) is { } pod ? [pod] : [];
        }
        var selector = SelectorOf(obj);
        if (selector is null)
        {
            return [];
        }
        var pods = await cluster.ListAsync(PodKind, obj.Namespace, selector, cancellationToken).ConfigureAwait(false);
        return pods.Items.OrderByDescending(p => p.CreationTimestamp, StringComparer.Ordinal).Take(MaxChildren).ToList();
    }

    /// <summary>Reads the task's object, children and Events and classifies them; null when the run ended before anything was applied.</summary>
    public async Task<FailureCause?> DiagnoseAsync(TaskRecord record, IReadOnlyList<string> logTail, CancellationToken cancellationToken)
    {
        if (record.Live is null && record.Action is null)
        {
            return null;
        }
        var declared = record.Live ?? record.Task.Object;
        var obj = await Try(() => cluster.GetAsync(ObjectReference.To(declared), cancellationToken)).ConfigureAwait(false) ?? record.Live;
        var source = obj ?? declared;
        var pods = await Try<IReadOnlyList<KubeObject>>(async () => await PodsOfAsync(source, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false) ?? [];
        var about = new List<KubeObject> { source };
        if (source.Group == "apps" && source.Kind == "Deployment" && SelectorOf(source) is { } selector)
        {
            var sets = await Try<ObjectList>(async () => await cluster.ListAsync(ReplicaSetKind, source.Namespace, selector, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            about.AddRange(sets?.Items.OrderByDescending(r => r.CreationTimestamp, StringComparer.Ordinal).Take(MaxChildren) ?? []);
        }
        about.AddRange(pods.Where(p => p.Name != source.Name || p.Kind != source.Kind));
        var events = new List<KubeObject>();
        foreach (var item in about)
        {
            events.AddRange(await Try<IReadOnlyList<KubeObject>>(async () => await cluster.ListEventsAsync(ObjectReference.To(item), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false) ?? []);
        }
        return FailureClassifier.Classify(obj, pods, events, logTail);
    }

    /// <summary>Whether a task's end deserves a diagnosis: failed or errored after it was applied, or still running when the run timed out.</summary>
    public static bool Needs(TaskRecord record, SyncResult result) =>
        record.Cause is null && (record.Live is not null || record.Action is not null)
        && (record.State is OperationPhase.Failed or OperationPhase.Error || (result == SyncResult.TimedOut && record.State == OperationPhase.Running));

    /// <summary>A label selector from <c>spec.selector.matchLabels</c>, or a Job's name label; null when there is none.</summary>
    public static string? SelectorOf(KubeObject obj)
    {
        if (obj.Select("spec", "selector", "matchLabels") is System.Text.Json.Nodes.JsonObject labels && labels.Count > 0)
        {
            return string.Join(",", labels.Select(l => $"{l.Key}={l.Value}"));
        }
        return obj.Group == "batch" && obj.Kind == "Job" ? $"job-name={obj.Name}" : null;
    }

    private static async Task<T?> Try<T>(Func<Task<T?>> read) where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (ClusterException)
        {
            return null;
        }
    }
}
