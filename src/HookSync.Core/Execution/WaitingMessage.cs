using HookSync.Core.Planning;

namespace HookSync.Core.Execution;

/// <summary>Rule R3: <c>waiting for &lt;reason&gt; &lt;g&gt;/&lt;k&gt;/&lt;n&gt;[ and N more &lt;hooks|resources&gt;]</c>.</summary>
public static class WaitingMessage
{
    /// <summary>The message for tasks waited on for completion or health; empty for an empty set.</summary>
    public static string ForCompletion(IReadOnlyList<SyncTask> tasks) =>
        Format(tasks, "completion of hook", "healthy state of");

    /// <summary>The message for tasks whose objects are being deleted.</summary>
    public static string ForDeletion(IReadOnlyList<SyncTask> tasks) =>
        Format(tasks, "deletion of hook", "deletion of");

    private static string Format(IReadOnlyList<SyncTask> tasks, string hookReason, string resourceReason)
    {
        if (tasks.Count == 0)
        {
            return string.Empty;
        }
        // R3: the first hook names the set, else the first resource; "hooks" only when no resource is in it.
        var firstHook = tasks.FirstOrDefault(t => t.IsHook);
        var named = firstHook ?? tasks[0];
        var reason = firstHook is null ? resourceReason : hookReason;
        var message = $"waiting for {reason} {named.Key.ArgoName}";
        if (tasks.Count > 1)
        {
            var word = tasks.All(t => t.IsHook) ? "hooks" : "resources";
            message += $" and {tasks.Count - 1} more {word}";
        }
        return message;
    }
}
