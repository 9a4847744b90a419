using HookSync.Core.Execution;
using HookSync.Core.Ports;

namespace HookSync.Cli;

/// <summary>Builds the executor for one sync; the composition root fixes the clock and the health rules, the command brings the cluster and the reporter.</summary>
internal delegate SyncExecutor SyncExecutorFactory(IClusterClient cluster, ISyncObserver observer);
