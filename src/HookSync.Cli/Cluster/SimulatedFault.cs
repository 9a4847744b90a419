using HookSync.Simulator.Faults;

namespace HookSync.Cli.Cluster;

/// <summary>One <c>--simulate-fault</c> as the user wrote it, and the rule the simulator applies.</summary>
internal sealed record SimulatedFault(string Text, FaultRule Rule);
