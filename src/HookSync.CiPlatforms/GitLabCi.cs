using HookSync.CiPlatforms.GitLab;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.CiPlatforms;

/// <summary>GitLab CI: active when <c>GITLAB_CI=true</c>; reports with collapsible sections and dotenv, JUnit and code-quality files.</summary>
public sealed class GitLabCi : ICiPlatform
{
    public const string PlatformName = "gitlab";
    public const string EnvironmentVariableName = "GITLAB_CI";
    public const string ProjectDirVariable = "CI_PROJECT_DIR";
    public const string ProjectPathVariable = "CI_PROJECT_PATH";
    public const string DotenvFileName = "hooksync.env";
    public const string JUnitFileName = "hooksync-junit.xml";
    public const string CodeQualityFileName = "hooksync-codequality.json";

    public string Name => PlatformName;

    public bool IsActive(IEnvironment environment) =>
        string.Equals(environment.Get(EnvironmentVariableName), "true", StringComparison.Ordinal);

    public string? WorkspaceDirectory(IEnvironment environment) => environment.Get(ProjectDirVariable);

    public string? RepositoryName(IEnvironment environment) => environment.Get(ProjectPathVariable);

    // Job artifacts can only be collected from inside the project directory.
    public string? DefaultReportPath(IEnvironment environment) =>
        environment.Get(ProjectDirVariable) is { Length: > 0 } dir ? Path.Combine(dir, ReportFiles.DefaultName) : null;

    public string? RunUrl(IEnvironment environment) => environment.Get("CI_JOB_URL") is { Length: > 0 } url ? url : null;

    // Job artifacts can only be collected from inside the project directory (docs/ci.md).
    public string? DefaultArtifactsDirectory(IEnvironment environment) =>
        environment.Get(ProjectDirVariable) is { Length: > 0 } dir ? Path.Combine(dir, "hooksync") : null;

    public string? SourceUrl(IEnvironment environment, string revision, SourceLocation source) => SourceUrlOf(environment, revision, source);

    /// <summary><c>CI_PROJECT_URL/-/blob/SHA/path#Lline</c>.</summary>
    internal static string? SourceUrlOf(IEnvironment environment, string revision, SourceLocation? source) =>
        environment.Get("CI_PROJECT_URL") is { Length: > 0 } project ? Common.SourceUrl.Build(project, "/-/blob/", revision, source) : null;

    public IRunReporter CreateReporter(ReporterContext context) => new GitLabReporter(context);

    public IDiffPublisher CreateDiffPublisher(ReporterContext context) => new GitLab.GitLabDiffPublisher(context);
}
