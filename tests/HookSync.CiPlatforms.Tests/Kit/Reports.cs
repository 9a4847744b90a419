using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Tests.Kit;

/// <summary>Builds whole reports and plans by hand.</summary>
internal static class Reports
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public const string Revision = "3f2a1b7c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6";

    public static SyncReport Succeeded(IReadOnlyList<TaskReport> tasks, IReadOnlyList<Diagnostic>? diagnostics = null) =>
        new(SyncResult.Succeeded, EndReason.None, "successfully synced (all tasks run)", null, Revision, Start, Start.AddSeconds(12.3),
            Phases(tasks, null), tasks, diagnostics ?? []) { ExitCode = 0 };

    public static SyncReport Failed(SyncPhase phase, IReadOnlyList<TaskReport> tasks, string message = "one or more synchronization tasks completed unsuccessfully", IReadOnlyList<Diagnostic>? diagnostics = null) =>
        new(SyncResult.Failed, EndReason.None, message, phase, Revision, Start, Start.AddSeconds(8),
            Phases(tasks, phase), tasks, diagnostics ?? []) { ExitCode = FailedExitCode(phase) };

    public static SyncReport Invalid(IReadOnlyList<Diagnostic> diagnostics) =>
        new(SyncResult.Failed, EndReason.InvalidManifests, "invalid manifests: nothing was applied", null, Revision, Start, Start.AddSeconds(1),
            new Dictionary<SyncPhase, PhaseResult>(), [], diagnostics) { ExitCode = 3 };

    // The exit codes the host would stamp (README "Exit codes"); reporters only print what they are given.
    private static int FailedExitCode(SyncPhase phase) => phase switch
    {
        SyncPhase.PreSync => 10,
        SyncPhase.PostSync => 12,
        _ => 11,
    };

    public static SyncPlan Plan(params SyncTask[] tasks) =>
        new(tasks, [], [], new PlanContext(Revision, Start, "default", new NoScopes()));

    private static Dictionary<SyncPhase, PhaseResult> Phases(IReadOnlyList<TaskReport> tasks, SyncPhase? failed)
    {
        var phases = new Dictionary<SyncPhase, PhaseResult>();
        foreach (var phase in new[] { SyncPhase.PreSync, SyncPhase.Sync, SyncPhase.PostSync, SyncPhase.SyncFail })
        {
            var mine = tasks.Where(t => t.Phase == phase).ToList();
            phases[phase] = mine.Count == 0 ? PhaseResult.Empty
                : phase == failed ? PhaseResult.Failed
                : mine.All(t => t.Order is null) ? PhaseResult.NotRun
                : PhaseResult.Succeeded;
        }
        return phases;
    }

    private sealed class NoScopes : IResourceScopes
    {
        public bool? IsNamespaced(Core.Model.GroupKind kind) => null;
    }
}
