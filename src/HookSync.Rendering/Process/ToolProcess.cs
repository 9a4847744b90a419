using System.ComponentModel;
using System.Diagnostics;

namespace HookSync.Rendering.Process;

/// <summary>Runs a tool as a child process: no shell, stdin closed, output capped, killed with its children on timeout.</summary>
internal static class ToolProcess
{
    // Enough of a tool's complaint to explain it; a tool that floods stderr must not fill memory.
    private const int MaxErrorBytes = 64 * 1024;

    // After a kill, the pipes close when the process tree is gone; this bounds the wait if a stray child keeps them open.
    private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(5);

    /// <summary>Runs the invocation; throws <see cref="Win32Exception"/> when the executable cannot be started.</summary>
    public static async Task<ToolRun> RunAsync(ToolInvocation invocation, TimeProvider time, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(invocation.Executable)
        {
            WorkingDirectory = invocation.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in invocation.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // A renderer never needs HookSync's credentials (HOOKSYNC_KUBECONFIG, HOOKSYNC_TOKEN, …): a template or script
        // from the repository must not be able to read them.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("HOOKSYNC_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in invocation.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new System.Diagnostics.Process { StartInfo = start };
        process.Start();
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(invocation.Timeout, time);
        using var tooLarge = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token, tooLarge.Token);
        var output = new CappedBuffer(invocation.MaxOutputBytes);
        var error = new CappedBuffer(MaxErrorBytes);
        var reading = Task.WhenAll(
            PumpAsync(process.StandardOutput.BaseStream, output, tooLarge),
            PumpAsync(process.StandardError.BaseStream, error, null));
        var stopped = false;
        try
        {
            await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
            await reading.WaitAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            stopped = true;
            Kill(process);
            await Task.WhenAny(reading, Task.Delay(DrainAfterKill, time, CancellationToken.None)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        // Only a run that was stopped timed out: the timer may fire between a clean exit and this line.
        var timedOut = stopped && timeout.IsCancellationRequested && !tooLarge.IsCancellationRequested;
        return new ToolRun(
            process.HasExited ? process.ExitCode : -1,
            output.Text(),
            error.Text(),
            timedOut,
            tooLarge.IsCancellationRequested);
    }

    private static void Kill(System.Diagnostics.Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the timeout and the kill.
        }
        catch (Win32Exception)
        {
            // Not ours to kill any more; the pipes still close when it ends.
        }
    }

    private static async Task PumpAsync(Stream stream, CappedBuffer buffer, CancellationTokenSource? overflow)
    {
        var chunk = new byte[16 * 1024];
        try
        {
            while (await stream.ReadAsync(chunk).ConfigureAwait(false) is var read and > 0)
            {
                if (!buffer.Append(chunk.AsSpan(0, read)) && overflow is not null)
                {
                    // Standard output over the limit: the run is stopped, not truncated into half a manifest.
                    await overflow.CancelAsync().ConfigureAwait(false);
                    return;
                }
                // Standard error over the limit keeps its beginning (where tools say what went wrong) and drains the rest.
            }
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed; what was read is kept.
        }
    }
}
