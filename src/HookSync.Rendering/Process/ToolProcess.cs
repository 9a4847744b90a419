using System.ComponentModel;
using System.Diagnostics;
using System.Text;

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
        var output = ReadCappedAsync(process.StandardOutput.BaseStream, invocation.MaxOutputBytes, tooLarge);
        var error = ReadCappedAsync(process.StandardError.BaseStream, MaxErrorBytes, null);
        try
        {
            await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
            await Task.WhenAll(output, error).WaitAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await Task.WhenAny(Task.WhenAll(output, error), Task.Delay(DrainAfterKill, time, CancellationToken.None)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        var timedOut = timeout.IsCancellationRequested && !tooLarge.IsCancellationRequested;
        return new ToolRun(
            process.HasExited ? process.ExitCode : -1,
            Decode(output),
            Decode(error),
            timedOut,
            tooLarge.IsCancellationRequested);
    }

    private static string Decode(Task<byte[]> read) =>
        read.IsCompletedSuccessfully ? Encoding.UTF8.GetString(read.Result) : string.Empty;

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

    private static async Task<byte[]> ReadCappedAsync(Stream stream, long maxBytes, CancellationTokenSource? overflow)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(chunk).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }
            var room = maxBytes - buffer.Length;
            if (read > room)
            {
                buffer.Write(chunk, 0, (int)Math.Max(0, room));
                if (overflow is not null)
                {
                    // Standard output over the limit: the run is stopped, not truncated into half a manifest.
                    await overflow.CancelAsync().ConfigureAwait(false);
                    return buffer.ToArray();
                }
                // Standard error over the limit: keep the beginning (where tools say what went wrong), drop the rest.
                continue;
            }
            buffer.Write(chunk, 0, read);
        }
    }
}
