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
        var started = await new SyncFailStarter(context, waves).StartAsync(Budget).ConfigureAwait(false);
        if (started is { Created: false })
        {
            context.Publish(new SyncNote(context.Elapsed, started.Description));
        }
        return new SyncOutcome(SyncResult.Cancelled, OperationMessages.Cancelled);
    }
}
