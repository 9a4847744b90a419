using HookSync.Core.Hooks;
using HookSync.Core.Ports;

namespace HookSync.Core.Execution;

/// <summary>Publishes PhaseStarted/PhaseCompleted as the run moves from phase to phase.</summary>
internal sealed class PhaseTracker(RunContext context)
{
    private bool _syncFailOpen;

    /// <summary>The PreSync, Sync or PostSync phase being run, if any.</summary>
    public SyncPhase? Current { get; private set; }

    public void Enter(SyncPhase phase)
    {
        if (phase == SyncPhase.SyncFail)
        {
            if (!_syncFailOpen)
            {
                _syncFailOpen = true;
                context.Publish(new PhaseStarted(context.Elapsed, phase));
            }
            return;
        }
        if (Current == phase)
        {
            return;
        }
        if (Current is { } previous)
        {
            // P2: a later phase starts only once every task of the previous one succeeded.
            context.Publish(new PhaseCompleted(context.Elapsed, previous, Reporting.PhaseResult.Succeeded));
        }
        Current = phase;
        context.Publish(new PhaseStarted(context.Elapsed, phase));
    }

    /// <summary>Completes the phases still open when the run ends.</summary>
    public void Finish(SyncOutcome outcome)
    {
        if (Current is { } current)
        {
            context.Publish(new PhaseCompleted(context.Elapsed, current, ReportBuilder.PhaseOf(context, current, outcome)));
        }
        if (_syncFailOpen)
        {
            context.Publish(new PhaseCompleted(context.Elapsed, SyncPhase.SyncFail, ReportBuilder.PhaseOf(context, SyncPhase.SyncFail, outcome)));
        }
    }
}
