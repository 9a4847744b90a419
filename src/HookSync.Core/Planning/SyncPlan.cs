using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;

namespace HookSync.Core.Planning;

/// <summary>The ordered tasks of a sync, and what the planner found on the way.</summary>
/// <param name="Tasks">Every task in plan order (W1–W4), SyncFail tasks last.</param>
/// <param name="Skipped">Objects that make no task (Skip or ignored).</param>
/// <param name="Diagnostics">Errors, warnings and notices, in source order.</param>
/// <param name="Context">The inputs the plan was made with.</param>
public sealed record SyncPlan(
    IReadOnlyList<SyncTask> Tasks,
    IReadOnlyList<SkippedObject> Skipped,
    IReadOnlyList<Diagnostic> Diagnostics,
    PlanContext Context)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The (phase, wave) steps of PreSync, Sync and PostSync, in order.</summary>
    public IReadOnlyList<PlanStep> Steps => field ??= BuildSteps();

    /// <summary>SyncFail tasks: they run together, whatever their waves (W10).</summary>
    public IReadOnlyList<SyncTask> SyncFailTasks => Tasks.Where(t => t.Phase == SyncPhase.SyncFail).ToList();

    /// <summary>True when the full task list spans more than one (phase, wave) (S4 multiStep).</summary>
    public bool IsMultiStep =>
        Tasks.Count > 0 && (Tasks[0].Phase, Tasks[0].Wave) != (Tasks[^1].Phase, Tasks[^1].Wave);

    private List<PlanStep> BuildSteps()
    {
        var steps = new List<PlanStep>();
        foreach (var task in Tasks.Where(t => t.Phase != SyncPhase.SyncFail))
        {
            if (steps.Count == 0 || steps[^1].Phase != task.Phase || steps[^1].Wave != task.Wave)
            {
                steps.Add(new PlanStep(task.Phase, task.Wave, new List<SyncTask>()));
            }
            ((List<SyncTask>)steps[^1].Tasks).Add(task);
        }
        return steps;
    }
}
