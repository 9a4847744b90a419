using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// The cluster stopped answering (or refused HookSync) in the middle of a sync, after retries. Before anything was
/// applied that is an environment error and nothing else happens. After, the phase that was running has failed: the
/// SyncFail hooks are created, best effort and without waiting for them (the API may still be down), so the team is
/// notified as for any other failure, and the exit code names the phase.
/// </summary>
internal sealed class EnvironmentFailureHandler(RunContext context, WaveRunner waves)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public async Task<SyncOutcome> FailAsync(ClusterException failure)
    {
        var started = context.Records.Where(r => r.Order is not null && r.Task.Phase != SyncPhase.SyncFail).ToList();
        var applied = started.Any(r => r.Action is TaskAction.Created or TaskAction.Configured or TaskAction.Unchanged);
        if (!applied)
        {
            return new SyncOutcome(SyncResult.Error, $"cluster error: {failure.Message}", null, EndReason.EnvironmentFailure);
        }
        var phase = started.MaxBy(r => r.Order)!.Task.Phase;
        context.Publish(new SyncNote(context.Elapsed, "the cluster failed mid-sync: creating SyncFail hooks without waiting for them"));
        var syncFail = (await new SyncFailStarter(context, waves).StartAsync(Budget).ConfigureAwait(false))?.Description ?? "no SyncFail hooks";
        return new SyncOutcome(SyncResult.Failed,
            $"cluster error during the {phase} phase, after changes were applied: {failure.Message} ({syncFail})", phase);
    }
}
