namespace HookSync.Benchmarks;

/// <summary>One measured sync of the bundle into a fresh simulator.</summary>
/// <param name="Elapsed">Wall time of <c>SyncExecutor.RunAsync</c> (dry-run, apply waves, health waits).</param>
/// <param name="Requests">Every API request the simulator saw during the sync, discovery included.</param>
/// <param name="Discovery">How many of those were discovery requests.</param>
/// <param name="Result">The report's result, e.g. Succeeded.</param>
/// <param name="ByVerb">Request counts per Kubernetes verb, as "verb=count" sorted by verb.</param>
internal sealed record SyncRun(TimeSpan Elapsed, int Requests, int Discovery, string Result, string ByVerb);
