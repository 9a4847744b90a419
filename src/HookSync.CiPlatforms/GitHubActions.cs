using HookSync.CiPlatforms.GitHub;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms;

/// <summary>GitHub Actions: active when <c>GITHUB_ACTIONS=true</c>; reports with workflow commands, outputs and a step summary.</summary>
public sealed class GitHubActions : ICiPlatform
{
    public const string PlatformName = "github";
    public const string EnvironmentVariableName = "GITHUB_ACTIONS";
    public const string OutputVariable = "GITHUB_OUTPUT";
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";
    public const string WorkspaceVariable = "GITHUB_WORKSPACE";
    public const string RunnerTempVariable = "RUNNER_TEMP";

    public string Name => PlatformName;

    public bool IsActive(IEnvironment environment) =>
        string.Equals(environment.Get(EnvironmentVariableName), "true", StringComparison.Ordinal);

    public IRunReporter CreateReporter(ReporterContext context) => new GitHubReporter(context);
}
