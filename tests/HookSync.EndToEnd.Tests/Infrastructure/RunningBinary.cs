using System.Diagnostics;
using System.Text;

namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>A started child process: its output is collected as it comes, it can be signalled, and awaited.</summary>
public sealed class RunningBinary : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly Func<BinaryRun, IReadOnlyList<string>> _leaks;

    /// <param name="process">The started child.</param>
    /// <param name="leaks">Lists the secrets a finished run leaked (see <see cref="LeakSweep"/>); any leak fails the test.</param>
    public RunningBinary(Process process, Func<BinaryRun, IReadOnlyList<string>>? leaks = null)
    {
        _process = process;
        _leaks = leaks ?? (_ => []);
        _process.StandardInput.Close();
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data, _stdoutClosed);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data, _stderrClosed);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;

    /// <summary>stdout so far.</summary>
    public string StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Polls stdout until it contains <paramref name="text"/>; fails when the process ends first or the limit passes.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!StandardOutput.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the process exited ({_process.ExitCode}) before printing '{text}':\n{StandardOutput}\n{_stderr}");
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"'{text}' did not appear within {limit}:\n{StandardOutput}");
            }
        }
    }

    /// <summary>Sends a POSIX signal (TERM, INT) with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + name, ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("kill did not start");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{name} {ProcessId} exited {kill.ExitCode}");
        }
    }

    /// <summary>Waits for exit and for both streams to close; kills the process when the limit passes.</summary>
    public async Task<BinaryRun> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(_stdoutClosed.Task, _stderrClosed.Task).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the binary did not exit within {limit}:\n{StandardOutput}\n{_stderr}");
        }
        BinaryRun run;
        lock (_gate)
        {
            run = new BinaryRun(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
        }
        var leaks = _leaks(run);
        if (leaks.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("the run leaked secrets:\n" + string.Join("\n", leaks) + "\n" + run);
        }
        return run;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }
        lock (_gate)
        {
            target.Append(line).Append('\n');
        }
    }
}
