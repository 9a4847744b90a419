namespace HookSync.Core.Ports;

/// <summary>Where the manifests are: an existing directory, or a repository to clone at a ref.</summary>
/// <param name="Directory">The workspace directory (the checkout), absolute.</param>
/// <param name="RepositoryUrl">Clone this instead of reading <paramref name="Directory"/> (<c>--repo</c>).</param>
/// <param name="Ref">Branch, tag or SHA to check out (<c>--ref</c>); default: the remote's HEAD.</param>
/// <param name="Token">Token for HTTPS clones (<c>HOOKSYNC_GIT_TOKEN</c>); a secret.</param>
/// <param name="RevisionGiven">The caller was told the revision (<c>--revision</c>): a local <paramref name="Directory"/> is read as a
/// plain directory, without opening its git repository (no revision, no checkout notices).</param>
public sealed record WorkspaceRequest(string Directory, string? RepositoryUrl = null, string? Ref = null, string? Token = null,
    bool RevisionGiven = false);
