using HookSync.Core.Reporting;

namespace HookSync.Cli;

/// <summary>CI cancellation: SIGINT or SIGTERM cancels the run, and which signal came decides how it ended (exit 130 / 143, contract D-4).</summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CancellationToken Token => _source.Token;

    /// <summary>Interrupted for SIGINT, Terminated for SIGTERM, null while not cancelled; the first signal wins.</summary>
    public EndReason? Reason { get; private set; }

    public void Raise(EndReason reason)
    {
        Reason ??= reason;
        _source.Cancel();
    }

    public void Dispose() => _source.Dispose();
}
