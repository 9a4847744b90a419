using HookSync.Core.Hooks;

namespace HookSync.Core.Planning;

/// <summary>The tasks of one (phase, wave), in apply order.</summary>
public sealed record PlanStep(SyncPhase Phase, long Wave, IReadOnlyList<SyncTask> Tasks);
