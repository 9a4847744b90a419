using HookSync.CiPlatforms;
using HookSync.Cli.Cluster;
using HookSync.Core.Ports;

namespace HookSync.Cli;

/// <summary>Everything the app talks to, built only by <see cref="Composition"/>. Tests replace members with <c>with</c> (GitVersion's ProgramFixture, without a container).</summary>
/// <param name="Environment">Environment variables.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock.</param>
/// <param name="OutputIsTerminal">True when stdout is a terminal (colour is used only then, and never with NO_COLOR).</param>
/// <param name="CurrentDirectory">The working directory, for relative paths.</param>
/// <param name="Workspaces">Opens the checkout or clones a repository.</param>
/// <param name="Manifests">Discovers and parses manifests.</param>
/// <param name="Platforms">The CI platforms, for <c>--ci</c> and the defaults they give; each makes its reporter.</param>
/// <param name="Clusters">Opens the cluster a sync talks to (credentials or the simulator).</param>
/// <param name="Executors">Builds the sync executor (clock and health rules fixed by the composition root).</param>
/// <param name="Renderer">Renders Kustomize, Helm and render-command sources (null: every PATH is read as plain files).</param>
/// <param name="RenderedManifests">Parses what the renderer printed.</param>
/// <param name="Commenters">Post the sticky review comment, one per platform that has pull or merge requests.</param>
internal sealed record HookSyncDependencies(
    IEnvironment Environment,
    TextWriter Out,
    TextWriter Error,
    TimeProvider Time,
    bool OutputIsTerminal,
    string CurrentDirectory,
    IWorkspaceProvider Workspaces,
    IManifestSource Manifests,
    CiPlatformResolver Platforms,
    IClusterConnector Clusters,
    SyncExecutorFactory Executors,
    IManifestRenderer? Renderer = null,
    IRenderedManifestParser? RenderedManifests = null,
    IReadOnlyList<IReviewCommenter>? Commenters = null)
{
    /// <summary>The review commenters (none when the composition gave none).</summary>
    public IReadOnlyList<IReviewCommenter> Commenters { get; init; } = Commenters ?? [];
}
