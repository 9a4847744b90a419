using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Artifacts;

/// <summary>
/// What a failed task leaves for the artifacts directory (README "Failure artifacts"): the object as the server has it (Secret
/// values masked, managedFields dropped), the events about it and its pods, its pods, and the full logs of their containers.
/// Read best effort: what cannot be read says why in its file. Every text is redacted by the caller's redactor.
/// </summary>
public static class FailureArtifacts
{
    /// <summary>Failed tasks that get artifacts; the report lists the rest.</summary>
    public const int MaxTasks = 20;

    /// <summary>Pods per task whose logs are read (a Deployment's first ones).</summary>
    public const int MaxPodsPerTask = 10;

    /// <summary>Log text kept per container; the start of the log is dropped, the end (where the error is) kept.</summary>
    public const int MaxLogChars = 4 * 1024 * 1024;

    private static readonly GroupVersionKind PodKind = new(string.Empty, "v1", "Pod");
    private static readonly GroupVersionKind EventKind = new(string.Empty, "v1", "Event");
    private static readonly string[] ContainerFields = ["initContainers", "containers"];

    /// <summary>The tasks that get artifacts: failed, errored, or refused by the server.</summary>
    public static bool IsFailed(TaskReport task) =>
        task.State is OperationPhase.Failed or OperationPhase.Error || task.Status == ResultCode.SyncFailed || task.Action == TaskAction.Failed;

    public static async Task<IReadOnlyList<ArtifactFile>> CollectAsync(IClusterClient cluster, SyncReport report, Func<string, string> redact,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(redact);
        var files = new List<ArtifactFile>();
        var index = 0;
        foreach (var task in report.Tasks.Where(IsFailed).Take(MaxTasks))
        {
            index++;
            var directory = $"{index.ToString("00", CultureInfo.InvariantCulture)}-{task.Phase}-{ArtifactNames.Safe(task.Kind)}-{ArtifactNames.Safe(task.Name)}";
            foreach (var (name, content) in await CollectTaskAsync(cluster, task, cancellationToken).ConfigureAwait(false))
            {
                files.Add(new ArtifactFile($"{directory}/{name}", redact(content)));
            }
        }
        return files;
    }

    /// <summary>The object for a person to read: Secret values masked, managedFields and the last-applied copy dropped.</summary>
    public static JsonObject Readable(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var copy = obj.ToJsonObject();
        if (copy["metadata"] is JsonObject metadata)
        {
            metadata.Remove("managedFields");
            (metadata["annotations"] as JsonObject)?.Remove("kubectl.kubernetes.io/last-applied-configuration");
        }
        if (obj.Kind == "Secret" && obj.Group.Length == 0)
        {
            foreach (var field in new[] { "data", "stringData" })
            {
                if (copy[field] is JsonObject values)
                {
                    foreach (var key in values.Select(p => p.Key).ToList())
                    {
                        values[key] = "***";
                    }
                }
            }
        }
        return copy;
    }

    private static async Task<List<(string Name, string Content)>> CollectTaskAsync(IClusterClient cluster, TaskReport task, CancellationToken cancellationToken)
    {
        var files = new List<(string, string)>();
        var target = new ObjectReference(new GroupVersionKind(task.Group, task.Version, task.Kind), task.Namespace, task.Name);
        KubeObject? live = null;
        try
        {
            live = await cluster.GetAsync(target, cancellationToken).ConfigureAwait(false);
            files.Add(("object.yaml", live is null
                ? $"# {target} was not found: it was deleted (a delete policy, or from outside) or never created\n"
                : YamlText.Write(Readable(live))));
        }
        catch (ClusterException e)
        {
            files.Add(("object.yaml", $"# {target} could not be read: {e.Message}\n"));
        }
        var pods = await PodsOfAsync(cluster, task, live, cancellationToken).ConfigureAwait(false);
        if (task.Namespace.Length > 0)
        {
            files.Add(("events.yaml", await EventsAsync(cluster, task, pods, cancellationToken).ConfigureAwait(false)));
        }
        foreach (var pod in pods.Take(MaxPodsPerTask))
        {
            if (pod.Name != task.Name || task.Kind != "Pod")
            {
                files.Add(($"pods/{ArtifactNames.Safe(pod.Name)}.yaml", YamlText.Write(Readable(pod))));
            }
            foreach (var container in ContainersOf(pod))
            {
                files.Add(($"logs/{ArtifactNames.Safe(pod.Name)}.{ArtifactNames.Safe(container)}.log",
                    await LogAsync(cluster, pod, container, cancellationToken).ConfigureAwait(false)));
            }
        }
        return files;
    }

    private static async Task<List<KubeObject>> PodsOfAsync(IClusterClient cluster, TaskReport task, KubeObject? live, CancellationToken cancellationToken)
    {
        if (live is null || task.Namespace.Length == 0)
        {
            return [];
        }
        if (task is { Group: "", Kind: "Pod" })
        {
            return [live];
        }
        // A Job's pods carry job-name; a workload's pods match its selector.
        var selector = task is { Group: "batch", Kind: "Job" } ? $"job-name={task.Name}" : MatchLabels(live);
        if (selector is null)
        {
            return [];
        }
        try
        {
            var list = await cluster.ListAsync(PodKind, task.Namespace, selector, cancellationToken).ConfigureAwait(false);
            return [.. list.Items.OrderBy(p => p.CreationTimestamp, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)];
        }
        catch (ClusterException)
        {
            return [];
        }
    }

    private static string? MatchLabels(KubeObject live) =>
        live.Select("spec", "selector", "matchLabels") is JsonObject { Count: > 0 } labels
            ? string.Join(',', labels.Select(l => $"{l.Key}={(l.Value as JsonValue)?.ToString()}"))
            : null;

    private static async Task<string> EventsAsync(IClusterClient cluster, TaskReport task, List<KubeObject> pods, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(pods.Select(p => p.Name), StringComparer.Ordinal) { task.Name };
        try
        {
            var list = await cluster.ListAsync(EventKind, task.Namespace, null, cancellationToken).ConfigureAwait(false);
            var events = new JsonArray();
            foreach (var e in list.Items
                .Where(e => e.Select("involvedObject", "name") is JsonValue name && names.Contains(name.ToString()))
                .OrderBy(e => Text(e, "lastTimestamp") ?? Text(e, "eventTime") ?? Text(e, "metadata", "creationTimestamp"), StringComparer.Ordinal))
            {
                events.Add((JsonNode)new JsonObject
                {
                    ["lastTimestamp"] = Text(e, "lastTimestamp") ?? Text(e, "eventTime"),
                    ["type"] = Text(e, "type"),
                    ["reason"] = Text(e, "reason"),
                    ["object"] = $"{Text(e, "involvedObject", "kind")}/{Text(e, "involvedObject", "name")}",
                    ["count"] = e.Select("count")?.DeepClone(),
                    ["message"] = Text(e, "message"),
                });
            }
            return events.Count == 0 ? "# no events about the object or its pods (events expire after an hour by default)\n" : YamlText.Write(events);
        }
        catch (ClusterException e)
        {
            return $"# events could not be listed: {e.Message}\n";
        }
    }

    private static IEnumerable<string> ContainersOf(KubeObject pod) =>
        ContainerFields
            .SelectMany(field => pod.Select("spec", field) as JsonArray ?? [])
            .Select(c => (c?["name"] as JsonValue)?.ToString())
            .OfType<string>()
            .Where(n => n.Length > 0);

    private static async Task<string> LogAsync(IClusterClient cluster, KubeObject pod, string container, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var dropped = false;
        try
        {
            await foreach (var line in cluster.StreamPodLogAsync(pod.Namespace, pod.Name, container, follow: false, cancellationToken).ConfigureAwait(false))
            {
                text.Append(line).Append('\n');
                if (text.Length > MaxLogChars)
                {
                    text.Remove(0, text.Length - (MaxLogChars / 2));
                    dropped = true;
                }
            }
        }
        catch (ClusterException e)
        {
            text.Append($"# the log could not be read: {e.Message}\n");
        }
        return dropped ? "# (the start of this log was dropped: it was longer than the artifact limit)\n" + text : text.ToString();
    }

    private static string? Text(KubeObject obj, params string[] path) => obj.Select(path) is JsonValue value ? value.ToString() : null;
}
