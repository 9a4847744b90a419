using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>Builds the report (README Reports) from the task records and the outcome: tasks in plan order, phases, exit code.</summary>
internal static class ReportBuilder
{
    private static readonly SyncPhase[] AllPhases = [SyncPhase.PreSync, SyncPhase.Sync, SyncPhase.PostSync, SyncPhase.SyncFail];

    public static SyncReport Build(RunContext context, SyncOutcome outcome, Func<TaskRecord, IReadOnlyList<string>> logTailOf)
    {
        var phases = AllPhases.ToDictionary(p => p, p => PhaseOf(context, p, outcome));
        var tasks = context.Records.Select(r => ToTaskReport(r, logTailOf(r))).ToList();
        return new SyncReport(
            outcome.Result,
            outcome.Reason,
            outcome.Message,
            outcome.Result is SyncResult.Failed or SyncResult.TimedOut ? outcome.FailedPhase : null,
            context.Plan.Context.Revision,
            context.StartedAt,
            context.Now,
            phases,
            tasks,
            context.Plan.Diagnostics);
    }

    public static PhaseResult PhaseOf(RunContext context, SyncPhase phase, SyncOutcome outcome)
    {
        var records = context.Records.Where(r => r.Task.Phase == phase).ToList();
        if (records.Count == 0)
        {
            return PhaseResult.Empty;
        }
        if (outcome.Result == SyncResult.TimedOut && outcome.FailedPhase == phase)
        {
            return PhaseResult.TimedOut;
        }
        if (records.Any(r => r.State is OperationPhase.Failed or OperationPhase.Error || r.Status == ResultCode.SyncFailed))
        {
            return PhaseResult.Failed;
        }
        if (context.Options.DryRun)
        {
            return PhaseResult.DryRun;
        }
        var started = records.Any(r => r.Order is not null || r.State is not null);
        var allSucceeded = records.All(r => r.State == OperationPhase.Succeeded || r.Action == TaskAction.Skipped);
        if (outcome.Result == SyncResult.Cancelled && started && !allSucceeded)
        {
            return PhaseResult.Cancelled;
        }
        if (allSucceeded)
        {
            return PhaseResult.Succeeded;
        }
        if (!started)
        {
            return PhaseResult.NotRun;
        }
        return outcome.Result switch
        {
            // --no-wait: final-wave resources are left Running, yet the phase succeeded (W6).
            SyncResult.Succeeded => PhaseResult.Succeeded,
            SyncResult.TimedOut => PhaseResult.TimedOut,
            SyncResult.Cancelled => PhaseResult.Cancelled,
            _ => PhaseResult.Failed,
        };
    }

    private static TaskReport ToTaskReport(TaskRecord record, IReadOnlyList<string> logTail)
    {
        var task = record.Task;
        var obj = task.Object;
        return new TaskReport(
            record.Order, task.Phase, task.Wave, obj.Group, obj.Version, obj.Kind, obj.Namespace, obj.Name,
            task.IsHook, task.IsHook ? task.DeletePolicies : [], record.Action, record.Status, record.State,
            record.Message, record.Deleted, task.Source, record.StartedAt, record.FinishedAt)
        {
            LogTail = logTail,
            Cause = record.Cause,
        };
    }
}
