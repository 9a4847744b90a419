namespace HookSync.Core.Ports;

/// <summary>
/// A CI platform HookSync runs on: every fact read from the platform's own environment variables lives behind this port,
/// so adding a platform is one new implementation plus one line in the composition root.
/// </summary>
public interface ICiPlatform
{
    /// <summary>The name used by <c>--ci</c>.</summary>
    string Name { get; }

    /// <summary>True when the environment says HookSync runs on this platform.</summary>
    bool IsActive(IEnvironment environment);

    /// <summary>The checkout the job runs in, or null when the platform does not say (the default for <c>--workspace</c>).</summary>
    string? WorkspaceDirectory(IEnvironment environment);

    /// <summary>The repository the job builds (owner/name or group/project), or null; the default application name comes from it.</summary>
    string? RepositoryName(IEnvironment environment);

    /// <summary>Where the JSON report goes when <c>--report</c> is not given, so later steps and artifacts find it; null for nowhere.</summary>
    string? DefaultReportPath(IEnvironment environment);

    /// <summary>The URL of the job (or run) in the platform's web UI, or null; it names the holder of the sync lock.</summary>
    string? RunUrl(IEnvironment environment);

    /// <summary>
    /// A web link to a manifest line at a revision in the platform's repository browser, or null when the environment does not
    /// say where the repository is (or the revision is not a commit id). Summaries and the HTML report link every file:line.
    /// </summary>
    string? SourceUrl(IEnvironment environment, string revision, Model.SourceLocation source) => null;

    /// <summary>Where the object YAML, events and logs of failed tasks go when <c>--artifacts-dir</c> is not given; null for nowhere.</summary>
    string? DefaultArtifactsDirectory(IEnvironment environment) => null;

    /// <summary>The reporter; it also registers the run's secrets with the platform's log masking where there is one.</summary>
    IRunReporter CreateReporter(ReporterContext context);

    /// <summary>How <c>hooksync diff</c> shows its result on this platform.</summary>
    IDiffPublisher CreateDiffPublisher(ReporterContext context);
}
