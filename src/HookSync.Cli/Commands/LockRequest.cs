namespace HookSync.Cli.Commands;

/// <summary>The sync lock as the options ask for it (<c>--lock-timeout</c>, <c>--lock-namespace</c>); absent with <c>--no-lock</c> and <c>--dry-run</c>.</summary>
/// <param name="Timeout">How long to wait for another run's lock.</param>
/// <param name="Namespace">Where the Lease lives; null for the sync's default namespace.</param>
internal sealed record LockRequest(TimeSpan Timeout, string? Namespace);
