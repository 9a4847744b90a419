using System.Diagnostics;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>Publishes src/HookSync.Cli once per test run (framework-dependent, Release) and exposes the published entry point.</summary>
public sealed class PublishedBinary : IDisposable
{
    private readonly string _root;

    public PublishedBinary()
    {
        _root = Path.Combine(Path.GetTempPath(), "hooksync-e2e", Guid.NewGuid().ToString("N"));
        var output = Path.Combine(_root, "publish");
        var project = Path.Combine(RepoPaths.Root, "src", "HookSync.Cli");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "--no-self-contained", "-o", output, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
        EntryAssembly = Path.Combine(output, "hooksync.dll");
        var apphost = Path.Combine(output, OperatingSystem.IsWindows() ? "hooksync.exe" : "hooksync");
        // The apphost is what users run; fall back to `dotnet hooksync.dll` where no apphost was produced.
        Executable = File.Exists(apphost) ? apphost : null;
        if (!File.Exists(EntryAssembly))
        {
            throw new InvalidOperationException("publish produced no hooksync.dll in " + output);
        }
    }

    /// <summary>The published apphost, or null when only the dll exists.</summary>
    public string? Executable { get; }

    /// <summary>The published hooksync.dll.</summary>
    public string EntryAssembly { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A still-running child on a slow machine may hold a file; the temp directory is harmless.
        }
    }
}
