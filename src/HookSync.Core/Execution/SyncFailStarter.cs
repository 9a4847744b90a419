using HookSync.Core.Hooks;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>
/// Creates the SyncFail hooks that have not run yet without waiting for them, within a fresh time budget: what a run does
/// when it ends abnormally (CI cancellation, the cluster failing mid-sync) but the team must still be notified.
/// </summary>
internal sealed class SyncFailStarter(RunContext context, WaveRunner waves)
{
    /// <summary>Starts the pending SyncFail hooks; null when there were none.</summary>
    public async Task<SyncFailStart?> StartAsync(TimeSpan budget)
    {
        var pending = context.Records.Where(r => r.Task.Phase == SyncPhase.SyncFail && r.State is null).Select(r => r.Task).ToList();
        if (pending.Count == 0)
        {
            return null;
        }
        using var limit = new CancellationTokenSource(budget, context.Time);
        try
        {
            await waves.RunAsync(pending, limit.Token).ConfigureAwait(false);
            return new SyncFailStart(true, "SyncFail hooks created, not awaited");
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            return new SyncFailStart(false, $"SyncFail hooks could not all be created within {DurationText.Format(budget)}");
        }
        catch (ClusterException ex)
        {
            return new SyncFailStart(false, $"SyncFail hooks could not be created: {ex.Message}");
        }
    }
}
