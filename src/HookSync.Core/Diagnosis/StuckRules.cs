using HookSync.Core.Hooks;
using HookSync.Core.Model;

namespace HookSync.Core.Diagnosis;

/// <summary>
/// Fail fast (docs/sync-semantics.md D-16): which pod states cannot resolve by themselves, and when a pod has been in one
/// long enough to fail its task instead of waiting for the timeout. Pure: pod JSON, readings of the injected clock.
/// </summary>
public static class StuckRules
{
    /// <summary>A crash loop counts as stuck once the container has restarted this often.</summary>
    public const int CrashLoopRestarts = 3;

    /// <summary>The state that will not resolve without a change (image, secret, capacity, code), or null.</summary>
    public static string? UnresolvableState(KubeObject pod)
    {
        var root = pod.ToJsonObject();
        foreach (var status in Json.Objects(root, "status", "initContainerStatuses").Concat(Json.Objects(root, "status", "containerStatuses")))
        {
            var reason = Json.Str(status, "state", "waiting", "reason");
            if (reason is "ImagePullBackOff" or "ErrImagePull" or "InvalidImageName" or "CreateContainerConfigError")
            {
                return reason;
            }
            if (reason == "CrashLoopBackOff" && (Json.Long(status, "restartCount") ?? 0) >= CrashLoopRestarts)
            {
                return reason;
            }
        }
        var scheduled = Json.Objects(root, "status", "conditions").FirstOrDefault(c => Json.Str(c, "type") == "PodScheduled");
        return scheduled is not null && Json.Str(scheduled, "status") == "False" && Json.Str(scheduled, "reason") == "Unschedulable" ? "Unschedulable" : null;
    }

    /// <summary>The bound for one object: its <c>hooksync.dev/stuck-after</c> annotation when valid, else <paramref name="fallback"/>.</summary>
    public static TimeSpan BoundFor(KubeObject obj, TimeSpan fallback) =>
        obj.Annotations.TryGetValue(AnnotationKeys.StuckAfter, out var text) && DurationParser.TryParse(text, out var bound) ? bound : fallback;

    /// <summary>True when a pod first seen stuck at <paramref name="since"/> is still stuck at <paramref name="now"/> past the bound; a zero bound never fires.</summary>
    public static bool IsStuck(DateTimeOffset since, DateTimeOffset now, TimeSpan bound) => bound > TimeSpan.Zero && now - since >= bound;
}
