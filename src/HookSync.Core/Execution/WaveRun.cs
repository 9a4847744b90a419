using HookSync.Core.Hooks;

namespace HookSync.Core.Execution;

/// <summary>The (phase, wave) applied just before a decision, and whether any apply in it failed (input to S13).</summary>
public sealed record WaveRun(SyncPhase Phase, long Wave, bool Failed);
