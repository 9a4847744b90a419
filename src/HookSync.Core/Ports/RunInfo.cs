namespace HookSync.Core.Ports;

/// <summary>What a run is about, for the reporter's header.</summary>
/// <param name="Command">plan or sync.</param>
/// <param name="Revision">The revision being synced.</param>
/// <param name="Target">Where it syncs to, without secrets (server URL or "simulator").</param>
/// <param name="DryRun">True for <c>--dry-run</c>.</param>
public sealed record RunInfo(string Command, string Revision, string Target, bool DryRun);
