using System.Diagnostics;
using System.Text;

namespace HookSync.EndToEnd.Tests.Infrastructure;

/// <summary>Runs the published binary as a child process with an EMPTY environment plus PATH, HOME and DOTNET_ROOT and the variables a test sets.</summary>
public sealed class BinaryRunner
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(3);
    private readonly PublishedBinary _binary;

    public BinaryRunner(PublishedBinary binary) => _binary = binary;

    /// <summary>Environment variables added to the minimal environment.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Files the run writes for its CI platform (outputs, summary, reports), swept for leaked secrets after each run.</summary>
    public List<string> OutputFiles { get; } = [];

    /// <summary>Directories whose files (at the end of the run, recursively) are swept too: the failure artifacts.</summary>
    public List<string> OutputDirectories { get; } = [];

    /// <summary>The working directory of the child (default: the temp directory).</summary>
    public string WorkingDirectory { get; set; } = Path.GetTempPath();

    /// <summary>Runs to completion and captures stdout, stderr and the exit code.</summary>
    public async Task<BinaryRun> RunAsync(params string[] arguments)
    {
        using var running = Start(arguments);
        return await running.WaitAsync(DefaultLimit);
    }

    /// <summary>Starts the child and returns at once, for tests that signal it.</summary>
    public RunningBinary Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(_binary.Executable ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        if (_binary.Executable is null)
        {
            start.ArgumentList.Add(_binary.EntryAssembly);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // An empty environment: nothing from the test host (GITHUB_ACTIONS of a real CI runner included) leaks in.
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT" })
        {
            var value = System.Environment.GetEnvironmentVariable(name);
            if (value is not null)
            {
                start.Environment[name] = value;
            }
        }
        if (!start.Environment.ContainsKey("DOTNET_ROOT"))
        {
            var dotnet = FindDotnetRoot();
            if (dotnet is not null)
            {
                start.Environment["DOTNET_ROOT"] = dotnet;
            }
        }
        foreach (var (name, value) in LeakSweep.AmbientSecrets.Where(s => !Environment.ContainsKey(s.Key)))
        {
            start.Environment[name] = value;
        }
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }
        var secrets = LeakSweep.SecretsOf(start.Environment.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal), arguments);
        var files = OutputFiles.ToList();
        var directories = OutputDirectories.Append(Path.Combine(WorkingDirectory, "hooksync")).ToList();
        return new RunningBinary(
            Process.Start(start) ?? throw new InvalidOperationException("the binary did not start"),
            run => LeakSweep.Leaks(run, secrets, files.Concat(Directory.Exists(WorkingDirectory) ? ReportsIn(WorkingDirectory) : [])
                .Concat(directories.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)))));
    }

    // GitLab writes its reports into the checkout (CI_PROJECT_DIR); the file names are HookSync's.
    private static IEnumerable<string> ReportsIn(string directory) =>
        Directory.EnumerateFiles(directory, "hooksync*", SearchOption.TopDirectoryOnly);

    // The apphost finds the runtime through DOTNET_ROOT or its install location; the test host's own runtime is one.
    private static string? FindDotnetRoot()
    {
        var runtimeDir = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var dir = new DirectoryInfo(runtimeDir);
        // <root>/shared/Microsoft.NETCore.App/<version>/
        return dir.Parent?.Parent?.Parent?.FullName;
    }
}
