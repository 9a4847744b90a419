using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using LibGit2Sharp;

namespace HookSync.Git;

/// <summary>Reads an existing directory: the CI checkout, or any folder (revision unknown when it is not a repository).</summary>
internal static class LocalCheckout
{
    public static Workspace Open(string directory)
    {
        var root = ExistingRoot(directory);
        var gitDir = Repository.Discover(root);
        if (gitDir is null)
        {
            return new Workspace(root, null, [Diagnostic.Notice(DiagnosticCodes.NotAGitRepository,
                $"'{root}' is not inside a git repository; the revision is unknown (use --revision to set one)", null)]);
        }

        try
        {
            using var repo = new Repository(gitDir);
            var head = repo.Head.Tip;
            if (head is null)
            {
                return new Workspace(root, null, [Diagnostic.Notice(DiagnosticCodes.NoCommits,
                    "the repository has no commits yet; the revision is unknown (use --revision to set one)", null)]);
            }
            var notices = new List<Diagnostic>();
            if (!repo.Info.IsBare && IsDirty(repo))
            {
                notices.Add(Diagnostic.Notice(DiagnosticCodes.DirtyWorkingTree,
                    "the working tree has uncommitted changes; the revision is HEAD plus them", null));
            }
            return new Workspace(root, head.Sha, notices);
        }
        catch (LibGit2SharpException ex)
        {
            // A local repository has no token to leak; the reason is libgit2's own.
            throw new WorkspaceException($"cannot read the git repository at '{root}': {ex.Message}");
        }
    }

    /// <summary>The directory alone, for a caller that knows the revision: no git repository is opened, so no notices.</summary>
    public static Workspace OpenDirectory(string directory) => new(ExistingRoot(directory), null, []);

    private static string ExistingRoot(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new WorkspaceException($"the workspace directory '{root}' does not exist");
        }
        return root;
    }

    private static bool IsDirty(Repository repo)
    {
        // Modified, staged and untracked files count; ignored files (build output) do not.
        var options = new StatusOptions { IncludeUntracked = true, IncludeIgnored = false, RecurseUntrackedDirs = false };
        return repo.RetrieveStatus(options).IsDirty;
    }
}
