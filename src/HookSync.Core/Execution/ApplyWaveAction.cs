using HookSync.Core.Hooks;
using HookSync.Core.Planning;

namespace HookSync.Core.Execution;

/// <summary>S11/S-RUN: apply the pending tasks of one (phase, wave), BeforeHookCreation deletions first (T3).</summary>
public sealed record ApplyWaveAction(SyncPhase Phase, long Wave, IReadOnlyList<SyncTask> Tasks, bool IsFinal) : ClusterAction;
