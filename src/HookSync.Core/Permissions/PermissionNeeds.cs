using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Core.Permissions;

/// <summary>
/// The rights a plan needs, computed before anything is applied (README "Permissions preflight"). Pure: the
/// kinds are resolved to resources by the caller (discovery), so a kind the server does not serve is left to validation.
/// </summary>
public static class PermissionNeeds
{
    private const string Events = "events";
    private const string Pods = "pods";

    /// <summary>Every need of the plan, each once, sorted by namespace, resource and verb (a stable, readable error).</summary>
    public static IReadOnlyList<PermissionNeed> For(SyncPlan plan, IReadOnlyDictionary<GroupVersionKind, ApiResource> resources, PermissionScope scope)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(scope);
        var needs = new HashSet<PermissionNeed>();
        foreach (var task in plan.Tasks)
        {
            if (!resources.TryGetValue(task.Object.Gvk, out var resource))
            {
                continue;
            }
            var ns = resource.Namespaced ? task.Object.Namespace : null;
            void Add(string verb, string group, string name, string? sub = null, string? inNamespace = null) =>
                needs.Add(new PermissionNeed(verb, group, name, sub, inNamespace ?? ns));
            var group = resource.Gvk.Group;
            foreach (var verb in WriteVerbs(task))
            {
                Add(verb, group, resource.Plural);
            }
            if (scope.DryRun)
            {
                continue;
            }
            // Health is watched from the apply's resourceVersion, read again every resync, and listed when a watch expires.
            Add("get", group, resource.Plural);
            Add("list", group, resource.Plural);
            Add("watch", group, resource.Plural);
            if (task.IsHook)
            {
                // BeforeHookCreation (the default policy), HookSucceeded/HookFailed and termination on timeout all delete hooks.
                Add("delete", group, resource.Plural);
            }
            if (ns is not null)
            {
                // Failure causes and artifacts read the object's events.
                Add("list", string.Empty, Events);
            }
            if (task.IsHook && FollowsLogs(task.Object))
            {
                // A Job's pods are found by label; a pod's log is the log subresource.
                Add("list", string.Empty, Pods);
                Add("get", string.Empty, Pods, "log");
            }
        }
        if (!scope.DryRun && scope.LockNamespace is { } lockNamespace)
        {
            foreach (var verb in new[] { "get", "create", "update", "delete" })
            {
                needs.Add(new PermissionNeed(verb, "coordination.k8s.io", "leases", null, lockNamespace));
            }
        }
        foreach (var extra in scope.Extra)
        {
            needs.Add(extra);
        }
        return [.. needs
            .OrderBy(n => n.Namespace ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(n => n.Group, StringComparer.Ordinal)
            .ThenBy(n => n.Resource, StringComparer.Ordinal)
            .ThenBy(n => n.Subresource ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(n => n.Verb, StringComparer.Ordinal)];
    }

    /// <summary>The distinct kinds of the plan, for the caller to resolve through discovery.</summary>
    public static IReadOnlyList<GroupVersionKind> KindsOf(SyncPlan plan) =>
        [.. plan.Tasks.Select(t => t.Object.Gvk).Distinct()];

    // Server-side apply is a patch that creates the object when it is absent, so RBAC wants both; a generateName hook is a POST.
    private static IEnumerable<string> WriteVerbs(SyncTask task) => task.Operation switch
    {
        TaskOperation.Create => ["create"],
        TaskOperation.Replace => ["update", "create", "get"],
        TaskOperation.Recreate => ["delete", "create", "get"],
        TaskOperation.Prune => ["delete"],
        _ when task.Object.Name.Length == 0 => ["create"],
        _ => ["patch", "create"],
    };

    private static bool FollowsLogs(KubeObject obj) =>
        (obj.Group, obj.Kind) is ("", "Pod") or ("batch", "Job");
}
