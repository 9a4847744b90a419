using HookSync.CiPlatforms;
using HookSync.CiPlatforms.Common;
using HookSync.CiPlatforms.GitHub;
using HookSync.CiPlatforms.GitLab;
using HookSync.Cli.Cluster;
using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Ports;
using HookSync.Git;
using HookSync.Manifests;
using HookSync.Rendering;

namespace HookSync.Cli;

/// <summary>
/// The only composition root: wires the real adapters by hand, plain constructors, no container (docs/architecture.md). Host tests
/// call <see cref="Create"/> with their own console and clock and replace members with <c>with</c>.
/// </summary>
internal static class Composition
{
    public static HookSyncDependencies CreateDefault() => Create(
        new SystemEnvironment(),
        // Every line the process prints passes the CI-command guard; reporters' own commands go through it as trusted lines.
        new GuardedWriter(Console.Out),
        new GuardedWriter(Console.Error),
        TimeProvider.System,
        outputIsTerminal: !Console.IsOutputRedirected,
        Environment.CurrentDirectory);

    public static HookSyncDependencies Create(IEnvironment environment, TextWriter output, TextWriter error, TimeProvider time,
        bool outputIsTerminal, string currentDirectory) => new(
        environment,
        output,
        error,
        time,
        outputIsTerminal,
        currentDirectory,
        new GitWorkspaceProvider(),
        new ManifestLoader(),
        Platforms(),
        new KubernetesConnector(environment, time),
        (cluster, observer) => new SyncExecutor(cluster, observer, time, HealthAssessor.Default),
        // Render timeouts protect against real processes, so they run on real time whatever clock the run uses.
        new ManifestRenderer(TimeProvider.System, Environment.GetEnvironmentVariable("PATH")),
        new RenderedManifestParser(),
        ReviewCommenters());

    // One client for the review APIs, for the life of the process; a slow API ends the attempt, never the job. Made on the
    // first comment, not at start-up (DeferredReviewCommenter).
    private static readonly Lazy<HttpClient> ReviewHttp = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(30) });

    /// <summary>The review commenters: each platform's pull or merge request API (README "Comment on the pull request").</summary>
    public static IReadOnlyList<IReviewCommenter> ReviewCommenters() =>
    [
        new DeferredReviewCommenter(GitHubActions.PlatformName, () => new GitHubPullRequestCommenter(ReviewHttp.Value)),
        new DeferredReviewCommenter(GitLabCi.PlatformName, () => new GitLabMergeRequestCommenter(ReviewHttp.Value)),
    ];

    /// <summary>Every platform, in detection order; the console, always active, comes last. A new platform is one more line here.</summary>
    public static CiPlatformResolver Platforms() => new([new GitHubActions(), new GitLabCi(), new LocalConsole()]);
}
