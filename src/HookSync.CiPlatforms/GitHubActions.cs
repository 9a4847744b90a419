using HookSync.CiPlatforms.GitHub;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms;

/// <summary>GitHub Actions: active when <c>GITHUB_ACTIONS=true</c>; reports with workflow commands, outputs and a step summary.</summary>
public sealed partial class GitHubActions : ICiPlatform
{
    public const string PlatformName = "github";
    public const string EnvironmentVariableName = "GITHUB_ACTIONS";
    public const string OutputVariable = "GITHUB_OUTPUT";
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";
    public const string WorkspaceVariable = "GITHUB_WORKSPACE";
    public const string RepositoryVariable = "GITHUB_REPOSITORY";
    public const string RunnerTempVariable = "RUNNER_TEMP";

    public string Name => PlatformName;

    public bool IsActive(IEnvironment environment) =>
        string.Equals(environment.Get(EnvironmentVariableName), "true", StringComparison.Ordinal);

    public string? WorkspaceDirectory(IEnvironment environment) => environment.Get(WorkspaceVariable);

    public string? RepositoryName(IEnvironment environment) => environment.Get(RepositoryVariable);

    // The runner's temp directory is per job and outlives the step, so a later step (or upload-artifact) can read it.
    public string? DefaultReportPath(IEnvironment environment) =>
        environment.Get(RunnerTempVariable) is { Length: > 0 } temp ? Path.Combine(temp, ReportFiles.DefaultName) : null;

    // Per attempt: a re-run of the same workflow run is another holder of the lock.
    public string? RunUrl(IEnvironment environment) =>
        environment.Get("GITHUB_SERVER_URL") is { Length: > 0 } server && environment.Get(RepositoryVariable) is { Length: > 0 } repository
        && environment.Get("GITHUB_RUN_ID") is { Length: > 0 } run
            ? $"{server}/{repository}/actions/runs/{run}" + (environment.Get("GITHUB_RUN_ATTEMPT") is { Length: > 0 } attempt ? $"/attempts/{attempt}" : string.Empty)
            : null;

    // The runner's temp directory: per job, outlives the step, and upload-artifact can take it (docs/ci.md).
    public string? DefaultArtifactsDirectory(IEnvironment environment) =>
        environment.Get(RunnerTempVariable) is { Length: > 0 } temp ? Path.Combine(temp, "hooksync") : null;

    public string? SourceUrl(IEnvironment environment, string revision, SourceLocation source) => SourceUrlOf(environment, revision, source);

    /// <summary><c>GITHUB_SERVER_URL/GITHUB_REPOSITORY/blob/SHA/path#Lline</c>.</summary>
    internal static string? SourceUrlOf(IEnvironment environment, string revision, SourceLocation? source) =>
        environment.Get("GITHUB_SERVER_URL") is { Length: > 0 } server && environment.Get(RepositoryVariable) is { Length: > 0 } repository
        && RepositoryPath().IsMatch(repository)
            ? Common.SourceUrl.Build($"{server.TrimEnd('/')}/{repository}", "/blob/", revision, source)
            : null;

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial System.Text.RegularExpressions.Regex RepositoryPath();

    public IRunReporter CreateReporter(ReporterContext context) => new GitHubReporter(context);

    public IDiffPublisher CreateDiffPublisher(ReporterContext context) => new GitHub.GitHubDiffPublisher(context);
}
