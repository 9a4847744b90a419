namespace HookSync.Core.Execution;

/// <summary>The state machine's answer: actions to perform, then (when set) the terminal outcome.</summary>
public sealed record SyncDecision(IReadOnlyList<ClusterAction> Actions, SyncOutcome? Outcome)
{
    public static SyncDecision Do(params ClusterAction[] actions) => new(actions, null);

    public static SyncDecision Finish(SyncOutcome outcome, IReadOnlyList<ClusterAction> finalActions) => new(finalActions, outcome);

    public bool IsTerminal => Outcome is not null;
}
