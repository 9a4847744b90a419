using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>The operation messages of rule R2, and the F4 reason lists (sorted, D-7).</summary>
public static class OperationMessages
{
    public const string NoMoreTasks = "successfully synced (no more tasks)";
    public const string AllTasksRun = "successfully synced (all tasks run)";
    public const string DryRunSucceeded = "successfully synced (dry run)";
    public const string NotValid = "one or more synchronization tasks are not valid";
    public const string DryRunFailed = "one or more objects failed to apply (dry run)";
    public const string CompletedUnsuccessfully = "one or more synchronization tasks completed unsuccessfully";
    public const string ObjectsFailedToApply = "one or more objects failed to apply";
    public const string Cancelled = "Operation cancelled";

    /// <summary>S1: the base message, then the distinct messages sorted and joined with "; ".</summary>
    public static string Invalid(IEnumerable<string> messages)
    {
        var distinct = Distinct(messages);
        return distinct.Count == 0 ? NotValid : $"{NotValid}: {string.Join("; ", distinct)}";
    }

    /// <summary>F4: base, reasons of SyncFailed non-SyncFail tasks, and a second line for SyncFail hooks that failed to apply.</summary>
    public static string Failure(string baseMessage, IReadOnlyList<TaskSnapshot> tasks)
    {
        var reasons = Distinct(tasks
            .Where(t => t.Task.Phase != Hooks.SyncPhase.SyncFail && t.Status == ResultCode.SyncFailed)
            .Select(t => t.Message ?? string.Empty));
        var message = reasons.Count == 0 ? baseMessage : $"{baseMessage}, reason: {string.Join(",", reasons)}";
        var hookReasons = Distinct(tasks
            .Where(t => t.Task.Phase == Hooks.SyncPhase.SyncFail && t.Status == ResultCode.SyncFailed)
            .Select(t => t.Message ?? string.Empty));
        return hookReasons.Count == 0
            ? message
            : $"{message}\none or more SyncFail hooks failed, reason: {string.Join(",", hookReasons)}";
    }

    private static List<string> Distinct(IEnumerable<string> messages) =>
        messages.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
