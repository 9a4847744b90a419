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
        // HOOKSYNC_E2E_PUBLISHED names an existing publish directory to reuse (a local edit-run loop); CI leaves it unset.
        if (Environment.GetEnvironmentVariable(ReuseVariable) is { Length: > 0 } reuse)
        {
            output = Path.GetFullPath(reuse);
        }
        else
        {
            Publish(output);
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

    public const string ReuseVariable = "HOOKSYNC_E2E_PUBLISHED";

    /// <summary>The published apphost, or null when only the dll exists.</summary>
    public string? Executable { get; }

    /// <summary>The published hooksync.dll.</summary>
    public string EntryAssembly { get; }

    private static void Publish(string output)
    {
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
    }

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
