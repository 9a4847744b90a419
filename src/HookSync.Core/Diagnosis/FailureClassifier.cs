using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Diagnosis;

/// <summary>
/// Names the cause of a failed, timed-out or stuck task from what the cluster shows: the object, its pods (a workload's or a
/// Job's) and the Events about them. Pure: JSON in, <see cref="FailureCause"/> out. The most specific finding wins: a pod's
/// container state, then scheduling, then Events (quota), then the object's own conditions, then the last Warning events.
/// </summary>
public static class FailureClassifier
{
    public const int MaxEvents = 10;
    public const int MaxLogLines = 10;

    public static FailureCause Classify(KubeObject? obj, IReadOnlyList<KubeObject> pods, IReadOnlyList<KubeObject> events, IReadOnlyList<string> logTail)
    {
        var subject = obj is null ? "unknown object" : $"{obj.Kind}/{obj.Name}";
        var evidence = events.Select(ToEvent).OrderBy(e => e.Time ?? DateTimeOffset.MinValue).ToList();
        var cause = pods.Select(p => FromPod(p, evidence, logTail)).FirstOrDefault(c => c is not null && c.Code != CauseCodes.ContainerFailed)
            ?? FromQuotaEvents(evidence)
            ?? FromObject(obj, subject, pods, evidence, logTail)
            ?? pods.Select(p => FromPod(p, evidence, logTail)).FirstOrDefault(c => c is not null)
            ?? Fallback(obj, subject, evidence);
        return cause with { Events = Relevant(evidence, cause.Object, subject) };
    }

    /// <summary>A pod's state that says why it does not run, or null when it looks fine.</summary>
    public static FailureCause? FromPod(KubeObject pod, IReadOnlyList<CauseEvent> events, IReadOnlyList<string> logTail)
    {
        var root = pod.ToJsonObject();
        var subject = $"Pod/{pod.Name}";
        foreach (var status in Json.Objects(root, "status", "initContainerStatuses").Concat(Json.Objects(root, "status", "containerStatuses")))
        {
            var container = Json.Str(status, "name") ?? "?";
            var image = Json.Str(status, "image") ?? string.Empty;
            var waitingReason = Json.Str(status, "state", "waiting", "reason");
            var waitingMessage = Json.Str(status, "state", "waiting", "message");
            var lastTerminated = Json.At(status, "lastState", "terminated") ?? Json.At(status, "state", "terminated");
            var restarts = Json.Long(status, "restartCount") ?? 0;
            switch (waitingReason)
            {
                case "ImagePullBackOff" or "ErrImagePull" or "InvalidImageName" or "ErrImageNeverPull":
                    var registry = events.LastOrDefault(e => e.Object == subject && e.Message.StartsWith("Failed to pull image", StringComparison.Ordinal))?.Message
                        ?? waitingMessage ?? waitingReason;
                    return new(CauseCodes.ImagePullBackOff,
                        $"container \"{container}\" of {subject} cannot pull image \"{image}\" ({waitingReason}): {registry}",
                        "check the tag or the pull secret: does the image exist in the registry, and can the pod's imagePullSecrets read it?", [], subject);
                case "CreateContainerConfigError" or "CreateContainerError":
                    return new(CauseCodes.CreateContainerConfigError,
                        $"container \"{container}\" of {subject} cannot start: {waitingMessage ?? waitingReason}",
                        "create the missing Secret or ConfigMap (or key) in an earlier wave or before the sync, fix the name it is referenced by, or mark the reference optional", [], subject);
            }
            if (Json.Str(lastTerminated, "reason") == "OOMKilled")
            {
                var limit = MemoryLimit(root, container);
                return new(CauseCodes.OomKilled,
                    $"container \"{container}\" of {subject} was killed for using more memory than its limit{(limit is null ? string.Empty : $" ({limit})")} (exit code {Json.Long(lastTerminated, "exitCode") ?? 137}, {restarts} restarts)",
                    $"raise resources.limits.memory{(limit is null ? string.Empty : $" (now {limit})")} or lower the process's memory use (heap size, caches)", [], subject);
            }
            if (waitingReason == "CrashLoopBackOff")
            {
                return new(CauseCodes.CrashLoopBackOff,
                    $"container \"{container}\" of {subject} keeps crashing: exit code {Json.Long(lastTerminated, "exitCode")?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} ({Json.Str(lastTerminated, "reason") ?? "Error"}), {restarts} restarts{Logs(logTail)}",
                    "the container exits right after it starts: read its last log lines, then check its command, arguments, environment and configuration", [], subject);
            }
            if (Json.At(status, "state", "terminated") is { } terminated && (Json.Long(terminated, "exitCode") ?? 0) != 0)
            {
                return new(CauseCodes.ContainerFailed,
                    $"container \"{container}\" of {subject} exited with code {Json.Long(terminated, "exitCode")} ({Json.Str(terminated, "reason") ?? "Error"}){Logs(logTail)}",
                    "the container's process failed: its last log lines say why", [], subject);
            }
        }
        var scheduled = Json.Objects(root, "status", "conditions").FirstOrDefault(c => Json.Str(c, "type") == "PodScheduled");
        if (scheduled is not null && Json.Str(scheduled, "status") == "False")
        {
            var message = Json.Str(scheduled, "message")
                ?? events.LastOrDefault(e => e.Object == subject && e.Reason == "FailedScheduling")?.Message ?? "no node fits the pod";
            if (message.Contains("unbound immediate PersistentVolumeClaims", StringComparison.Ordinal) || message.Contains("persistentvolumeclaim", StringComparison.OrdinalIgnoreCase))
            {
                return new(CauseCodes.PvcPending, $"{subject} cannot be scheduled: {message}",
                    "a PersistentVolumeClaim of the pod is not bound: check its storageClassName exists and its provisioner works (the claim's Events say why)", [], subject);
            }
            return new(CauseCodes.Unschedulable, $"{subject} cannot be scheduled: {message}", SchedulingHint(message), [], subject);
        }
        return null;
    }

    /// <summary>The hint for a FailedScheduling message: resources, taints or selectors.</summary>
    public static string SchedulingHint(string message) =>
        message.Contains("Insufficient", StringComparison.Ordinal)
            ? "no node has room for the pod's requests: lower resources.requests or add capacity to the cluster"
            : message.Contains("taint", StringComparison.OrdinalIgnoreCase)
                ? "the nodes are tainted: add a matching toleration to the pod, or schedule it where it is allowed"
                : message.Contains("affinity", StringComparison.OrdinalIgnoreCase) || message.Contains("selector", StringComparison.OrdinalIgnoreCase)
                    ? "no node matches the pod's nodeSelector or affinity: fix the labels it asks for"
                    : "no node accepts the pod: the scheduler's message says which constraint failed";

    private static FailureCause? FromQuotaEvents(IReadOnlyList<CauseEvent> events) =>
        events.LastOrDefault(e => e.Reason == "FailedCreate" && e.Message.Contains("exceeded quota", StringComparison.Ordinal)) is { } quota
            ? new(CauseCodes.QuotaExceeded, $"{quota.Object} cannot create its pods: {quota.Message}", ApiErrorClassifier.QuotaHint, [], quota.Object)
            : null;

    private static FailureCause? FromObject(KubeObject? obj, string subject, IReadOnlyList<KubeObject> pods, IReadOnlyList<CauseEvent> events, IReadOnlyList<string> logTail)
    {
        if (obj is null)
        {
            return null;
        }
        var root = obj.ToJsonObject();
        var conditions = Json.Objects(root, "status", "conditions").ToList();
        var failed = conditions.FirstOrDefault(c => Json.Str(c, "type") == "Failed" && Json.Str(c, "status") == "True");
        if (obj.Kind == "Job" && failed is not null)
        {
            var reason = Json.Str(failed, "reason");
            var podCause = pods.Select(p => FromPod(p, events, logTail)).FirstOrDefault(c => c is not null);
            var detail = podCause is null ? Logs(logTail) : "; " + podCause.Message;
            return reason == "DeadlineExceeded"
                ? new(CauseCodes.DeadlineExceeded, $"{subject} ran longer than spec.activeDeadlineSeconds: {Json.Str(failed, "message")}{detail}",
                    "raise spec.activeDeadlineSeconds, or make the job faster", [], subject)
                : new(CauseCodes.BackoffLimitExceeded, $"{subject} failed: {Json.Str(failed, "message") ?? reason}{detail}",
                    "the job's pod failed every attempt (spec.backoffLimit): its last log lines say why", [], podCause?.Object ?? subject);
        }
        if (obj.Kind == "PersistentVolumeClaim" && Json.Str(root, "status", "phase") == "Pending")
        {
            var why = events.LastOrDefault(e => e.Type == "Warning")?.Message ?? "the claim is not bound";
            return new(CauseCodes.PvcPending, $"{subject} is Pending: {why}",
                "check the claim's storageClassName exists and its provisioner runs; a WaitForFirstConsumer class binds only once a pod uses it", [], subject);
        }
        return null;
    }

    private static FailureCause Fallback(KubeObject? obj, string subject, IReadOnlyList<CauseEvent> events)
    {
        var conditions = obj is null ? [] : Json.Objects(obj.ToJsonObject(), "status", "conditions")
            .Where(c => Json.Str(c, "message") is not null)
            .Select(c => $"{Json.Str(c, "type")}={Json.Str(c, "status")} {Json.Str(c, "reason")}: {Json.Str(c, "message")}")
            .ToList();
        var warning = events.LastOrDefault(e => e.Type == "Warning");
        var parts = conditions.Concat(warning is null ? [] : [$"last warning on {warning.Object}: {warning.Reason}: {warning.Message}"]).ToList();
        return new(CauseCodes.Unknown,
            parts.Count > 0 ? $"{subject}: {string.Join("; ", parts)}" : $"{subject}: no condition or event explains it",
            "no known cause matched: read the object's conditions and Events below", [], subject);
    }

    private static IReadOnlyList<CauseEvent> Relevant(IReadOnlyList<CauseEvent> events, string causeObject, string subject)
    {
        var about = events.Where(e => e.Object == causeObject || e.Object == subject || e.Type == "Warning").ToList();
        return about.TakeLast(MaxEvents).ToList();
    }

    public static CauseEvent ToEvent(KubeObject e)
    {
        var root = e.ToJsonObject();
        var time = Json.Time(Json.Str(root, "lastTimestamp")) ?? Json.Time(Json.Str(root, "eventTime")) ?? Json.Time(Json.Str(root, "firstTimestamp"));
        var involved = $"{Json.Str(root, "involvedObject", "kind")}/{Json.Str(root, "involvedObject", "name")}";
        return new CauseEvent(time, Json.Str(root, "type") ?? "Normal", Json.Str(root, "reason") ?? string.Empty, Json.Str(root, "message") ?? string.Empty, involved);
    }

    private static string? MemoryLimit(JsonObject pod, string container) =>
        Json.Objects(pod, "spec", "containers").Concat(Json.Objects(pod, "spec", "initContainers"))
            .Where(c => Json.Str(c, "name") == container)
            .Select(c => Json.At(c, "resources", "limits", "memory")?.ToString())
            .FirstOrDefault(l => !string.IsNullOrEmpty(l));

    private static string Logs(IReadOnlyList<string> logTail) =>
        logTail.Count == 0 ? string.Empty : "; last log lines: " + string.Join(" | ", logTail.TakeLast(MaxLogLines));
}
