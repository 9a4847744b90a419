using HookSync.Core.Ports;

namespace HookSync.Git;

/// <summary>Opens the workspace checkout (revision = HEAD), or clones <c>--repo</c> at <c>--ref</c> into a temporary directory.</summary>
public sealed class GitWorkspaceProvider(GitWorkspaceOptions? options = null) : IWorkspaceProvider
{
    private readonly RemoteClone _clone = new((options ?? new GitWorkspaceOptions()).ResolveTempRoot());

    /// <inheritdoc />
    public async Task<Workspace> OpenAsync(WorkspaceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrEmpty(request.RepositoryUrl) && request.RevisionGiven)
        {
            // --revision says what the checkout is; its repository would only add a status walk of the whole working tree
            // and libgit2's start-up (docs/benchmarks.md "Start-up").
            return LocalCheckout.OpenDirectory(request.Directory);
        }
        LibGit2Setup.EnsureApplied();
        if (string.IsNullOrEmpty(request.RepositoryUrl))
        {
            return LocalCheckout.Open(request.Directory);
        }
        // libgit2 is synchronous; the clone runs off the caller's thread and stops at the next progress callback
        // once cancellation is requested.
        return await Task.Run(
            () => _clone.Clone(request.RepositoryUrl, request.Ref, request.Token, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }
}
