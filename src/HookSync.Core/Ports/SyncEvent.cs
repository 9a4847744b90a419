using HookSync.Core.Hooks;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;

namespace HookSync.Core.Ports;

/// <summary>Something that happened during a run, for reporters. <paramref name="Elapsed"/> is time since the run started.</summary>
public abstract record SyncEvent(TimeSpan Elapsed);

/// <summary>A phase begins (its first wave is about to be applied).</summary>
public sealed record PhaseStarted(TimeSpan Elapsed, SyncPhase Phase) : SyncEvent(Elapsed);

/// <summary>A phase is over.</summary>
public sealed record PhaseCompleted(TimeSpan Elapsed, SyncPhase Phase, PhaseResult Result) : SyncEvent(Elapsed);

/// <summary>A (phase, wave) begins.</summary>
public sealed record WaveStarted(TimeSpan Elapsed, SyncPhase Phase, long Wave, int TaskCount) : SyncEvent(Elapsed);

/// <summary>A task's object was applied (or dry-run applied): created, configured or unchanged.</summary>
public sealed record TaskApplied(TimeSpan Elapsed, SyncTask Task, TaskAction Action, bool DryRun) : SyncEvent(Elapsed);

/// <summary>A task's state changed (Running → Succeeded, Failed, Error), with the reason.</summary>
public sealed record TaskStateChanged(TimeSpan Elapsed, SyncTask Task, OperationPhase State, string Message) : SyncEvent(Elapsed);

/// <summary>A hook was deleted: BeforeHookCreation, a HookSucceeded/HookFailed policy, or termination.</summary>
public sealed record HookDeleted(TimeSpan Elapsed, SyncTask Task, string Reason) : SyncEvent(Elapsed);

/// <summary>The run is blocked; <paramref name="Message"/> is the R3 "waiting for …" text.</summary>
public sealed record Waiting(TimeSpan Elapsed, string Message) : SyncEvent(Elapsed);

/// <summary>One line of a hook Pod's log (a Pod hook, or a Pod of a Job hook).</summary>
public sealed record HookLogLine(TimeSpan Elapsed, SyncTask Task, string Pod, string Line) : SyncEvent(Elapsed);

/// <summary>A free-form progress note (dry-run passed, SyncFail phase starting, cancellation).</summary>
public sealed record SyncNote(TimeSpan Elapsed, string Message) : SyncEvent(Elapsed);
