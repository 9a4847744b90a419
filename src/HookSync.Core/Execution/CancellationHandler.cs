using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// D-4: on CI cancellation stop waiting, create the SyncFail hooks without waiting for them (a short, fresh
/// budget), and end Cancelled. Running hooks are left running: the CI job is going away and must not block on deletes.
/// </summary>
internal sealed class CancellationHandler(RunContext context, WaveRunner waves)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public async Task<SyncOutcome> CancelAsync()
    {
        context.Publish(new SyncNote(context.Elapsed, "cancelled: creating SyncFail hooks without waiting for them"));
        var pending = context.Records.Where(r => r.Task.Phase == SyncPhase.SyncFail && r.State is null).Select(r => r.Task).ToList();
        if (pending.Count > 0)
        {
            using var budget = new CancellationTokenSource(Budget, context.Time);
            try
            {
                await waves.RunAsync(pending, budget.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested)
            {
                context.Publish(new SyncNote(context.Elapsed, "SyncFail hooks could not all be created within the cancellation budget"));
            }
            catch (Ports.ClusterException ex)
            {
                context.Publish(new SyncNote(context.Elapsed, $"SyncFail hooks could not be created: {ex.Message}"));
            }
        }
        return new SyncOutcome(SyncResult.Cancelled, OperationMessages.Cancelled);
    }
}
