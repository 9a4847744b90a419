namespace HookSync.Cli;

/// <summary>CI cancellation: SIGINT or SIGTERM cancels the run, and the signal decides the exit code (130 / 143, D-4).</summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CancellationToken Token => _source.Token;

    /// <summary>130 for SIGINT, 143 for SIGTERM, null while not cancelled.</summary>
    public int? ExitCode { get; private set; }

    public void Raise(int exitCode)
    {
        ExitCode ??= exitCode;
        _source.Cancel();
    }

    public void Dispose() => _source.Dispose();
}
