using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Testing;
using YamlDotNet.RepresentationModel;

namespace HookSync.EndToEnd.Tests.Packaging;

/// <summary>
/// Runs the run step of the composite action.yml as the runner would: its <c>env:</c> with <c>${{ inputs.X }}</c> replaced by
/// the step's <c>with:</c> value or the input's default, then its script (.github/action/run.sh) in bash, on the host.
/// </summary>
internal sealed partial class CompositeActionStep
{
    private readonly YamlMappingNode _action = YamlFile.LoadDocuments(Path.Combine(RepoPaths.Root, "action.yml")).Single();

    /// <summary>The run step of action.yml (id <c>run</c>).</summary>
    public YamlMappingNode RunStep => _action.Map("runs").Seq("steps").Children.Cast<YamlMappingNode>().Single(s => s.Scalar("id") == "run");

    /// <summary>The <c>with:</c> values of the workflow step; unset inputs take their defaults.</summary>
    public Dictionary<string, string> With { get; } = new(StringComparer.Ordinal);

    /// <summary>Variables of the job (the runner's environment: GITHUB_OUTPUT, KUBECONFIG, PATH, ...).</summary>
    public Dictionary<string, string> JobEnvironment { get; } = new(StringComparer.Ordinal);

    /// <summary>The step's environment as the runner builds it, for an installed binary.</summary>
    public IReadOnlyDictionary<string, string> StepEnvironment(string binary)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in RunStep.Map("env").Children)
        {
            var expression = ((YamlScalarNode)value).Value ?? "";
            env[((YamlScalarNode)key).Value!] = InputExpression().Replace(expression, m => Input(m.Groups[1].Value))
                .Replace("${{ steps.install.outputs.bin }}", binary, StringComparison.Ordinal);
        }
        return env;
    }

    public ProcessResult Run(PublishedBinary binary, string workingDirectory)
    {
        var executable = binary.Executable ?? throw new InvalidOperationException("the composite action runs the apphost; publish produced none");
        var script = RunStep.Scalar("run") ?? "";
        Assert.Equal("bash \"$GITHUB_ACTION_PATH/.github/action/run.sh\"", script);
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        // An empty environment plus what a runner has: nothing of the test host leaks in.
        info.Environment.Clear();
        info.Environment["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? Path.GetTempPath();
        info.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        info.Environment["DOTNET_ROOT"] = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? DotnetRoot();
        info.Environment["GITHUB_ACTION_PATH"] = RepoPaths.Root;
        foreach (var (name, value) in JobEnvironment.Concat(StepEnvironment(executable)))
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the action's run step did not finish");
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private string Input(string name) =>
        With.TryGetValue(name, out var value) ? value : _action.Map("inputs").Map(name).Scalar("default") ?? "";

    // <root>/shared/Microsoft.NETCore.App/<version>/ of the test host's own runtime.
    private static string DotnetRoot() =>
        new DirectoryInfo(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory()).Parent!.Parent!.Parent!.FullName;

    [GeneratedRegex(@"\$\{\{ inputs\.([a-z0-9-]+) \}\}")]
    private static partial Regex InputExpression();
}
