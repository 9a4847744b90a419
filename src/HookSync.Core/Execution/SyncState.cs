namespace HookSync.Core.Execution;

/// <summary>Everything the state machine decides from: task results and a few run-wide facts.</summary>
/// <param name="Tasks">Every task in plan order, SyncFail tasks included.</param>
/// <param name="MultiStep">S4: the full sorted list spans more than one (phase, wave).</param>
/// <param name="WaitForResources">D-5 (<c>--wait</c>): running resources always block, the final wave included.</param>
/// <param name="LastRun">The wave applied since the previous decision, if any (S13).</param>
/// <param name="SyncFailStarted">F3 has applied the SyncFail hooks already.</param>
/// <param name="Termination">Set after a timeout (D-3): only SyncFail hooks may still run; the outcome message.</param>
public sealed record SyncState(
    IReadOnlyList<TaskSnapshot> Tasks,
    bool MultiStep,
    bool WaitForResources,
    WaveRun? LastRun,
    bool SyncFailStarted,
    SyncOutcome? Termination = null);
