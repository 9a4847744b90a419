using HookSync.CiPlatforms.Common;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Planning;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Console;

/// <summary>The plain-text lines of a run, shared by every platform's log.</summary>
internal static class ConsoleText
{
    public static string Header(RunInfo info) =>
        $"hooksync {info.Command} {ReportFacts.ShortRevision(info.Revision)} → {info.Target}" + (info.DryRun ? " (dry run)" : string.Empty);

    /// <summary>Compiler style, so editors and problem matchers can jump to the manifest.</summary>
    public static string Diagnostic(Diagnostic diagnostic)
    {
        var where = diagnostic.Source is { } source ? $"{source.File}:{source.Line}: " : string.Empty;
        return $"{where}{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}: {diagnostic.Message}";
    }

    public static string Step(PlanStep step) => $"{step.Phase} wave {step.Wave}: {ReportFacts.Plural(step.Tasks.Count, "task")}";

    public static string PlannedTask(SyncTask task) => $"    {task.Object.Kind}/{TaskName(task)}  ({task.Source})";

    public static string Skipped(SkippedObject skipped) =>
        $"skipped {skipped.Object} ({skipped.Role}) at {skipped.Source}";

    public static string Elapsed(TimeSpan elapsed) => $"[{elapsed.TotalSeconds,6:0.0}s]";

    /// <summary>The task as events name it: <c>PreSync wave 0  Job/migrate-3f2a1b7-presync-1700000000</c>.</summary>
    public static string TaskLabel(SyncTask task) => $"{task.Phase} wave {task.Wave}  {task.Object.Kind}/{TaskName(task)}";

    /// <summary>One event as one line with its colour, or null for events the console does not show.</summary>
    public static (string Text, string? Colour) Event(SyncEvent syncEvent)
    {
        var at = Elapsed(syncEvent.Elapsed);
        return syncEvent switch
        {
            PhaseStarted e => ($"{at} {e.Phase} phase started", Ansi.Bold),
            PhaseCompleted e => ($"{at} {e.Phase} phase {e.Result}", ColourOf(e.Result)),
            WaveStarted e => ($"{at} {e.Phase} wave {e.Wave}  {ReportFacts.Plural(e.TaskCount, "task")}", null),
            TaskApplied e => ($"{at} {TaskLabel(e.Task)} {e.Action.ToString().ToLowerInvariant()}{(e.DryRun ? " (dry run)" : string.Empty)}",
                e.Action == TaskAction.Failed ? Ansi.Red : null),
            TaskStateChanged e => ($"{at} {TaskLabel(e.Task)} {StateText(e.State, e.Message, e.Task.IsPrune)}", ColourOf(e.State)),
            HookDeleted e => ($"{at} {TaskLabel(e.Task)} deleted ({e.Reason})", null),
            Waiting e => ($"{at} {e.Message}", Ansi.Yellow),
            HookLogLine e => ($"{at}   {TaskName(e.Task)} | {e.Line}", Ansi.Dim),
            SyncNote e => ($"{at} {e.Message}", null),
            _ => ($"{at} {syncEvent}", null),
        };
    }

    public static string? ColourOf(PhaseResult result) => result switch
    {
        PhaseResult.Succeeded => Ansi.Green,
        PhaseResult.Failed or PhaseResult.TimedOut or PhaseResult.Cancelled => Ansi.Red,
        _ => null,
    };

    // A prune's state alone would not say whether the object was deleted or kept, so its message always goes with it.
    private static string StateText(OperationPhase state, string message, bool prune) =>
        (prune || state is OperationPhase.Failed or OperationPhase.Error) && message.Length > 0 ? $"{state}: {message}" : state.ToString();

    private static string? ColourOf(OperationPhase state) => state switch
    {
        OperationPhase.Succeeded => Ansi.Green,
        OperationPhase.Failed or OperationPhase.Error => Ansi.Red,
        _ => null,
    };

    private static string TaskName(SyncTask task) =>
        task.Object.Name.Length > 0 ? task.Object.Name : task.Object.GenerateName + "*";
}
