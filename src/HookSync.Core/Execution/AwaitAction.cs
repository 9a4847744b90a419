namespace HookSync.Core.Execution;

/// <summary>S4/S5: the run is blocked; wait for observations. <paramref name="Message"/> is the R3 text.</summary>
public sealed record AwaitAction(string Message) : ClusterAction;
