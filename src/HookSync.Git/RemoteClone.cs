using HookSync.Core.Ports;
using LibGit2Sharp;

namespace HookSync.Git;

/// <summary>Clones a repository into a temporary directory and checks out the requested ref (detached HEAD).</summary>
internal sealed class RemoteClone(string tempRoot)
{
    public Workspace Clone(string url, string? gitRef, string? token, CancellationToken cancellationToken)
    {
        var source = CloneSource.Parse(url);
        var password = string.IsNullOrEmpty(token) ? source.Password : token;
        var scrubber = new SecretScrubber(token, source.Password);
        var refText = string.IsNullOrEmpty(gitRef) ? "its default branch" : $"ref '{gitRef}'";
        var directory = TempDirectory.Create(tempRoot);
        try
        {
            var revision = CloneAndCheckout(source, gitRef, password, directory, cancellationToken);
            return new Workspace(directory, revision, PlainHttpTokenWarning.For(source, password), () => TempDirectory.Delete(directory));
        }
        catch (LibGit2SharpException ex) when (cancellationToken.IsCancellationRequested)
        {
            TempDirectory.Delete(directory);
            throw new OperationCanceledException(scrubber.Scrub(ex.Message), cancellationToken);
        }
        catch (LibGit2SharpException ex)
        {
            TempDirectory.Delete(directory);
            // The libgit2 exception is not attached: its message may hold the token, and callers may log inner exceptions.
            throw new WorkspaceException(scrubber.Scrub($"cannot clone {source.DisplayUrl} at {refText}: {ex.Message}"));
        }
        catch (IOException ex)
        {
            TempDirectory.Delete(directory);
            throw new WorkspaceException(scrubber.Scrub($"cannot clone {source.DisplayUrl} into '{directory}': {ex.Message}"));
        }
        catch (UnauthorizedAccessException ex)
        {
            TempDirectory.Delete(directory);
            throw new WorkspaceException(scrubber.Scrub($"cannot clone {source.DisplayUrl} into '{directory}': {ex.Message}"));
        }
        catch (WorkspaceException)
        {
            TempDirectory.Delete(directory);
            throw;
        }
        catch (OperationCanceledException)
        {
            TempDirectory.Delete(directory);
            throw;
        }
    }

    private static string CloneAndCheckout(CloneSource source, string? gitRef, string? password, string directory,
        CancellationToken cancellationToken)
    {
        var fetch = new FetchOptions
        {
            // Tags that no branch reaches must be clonable too (a release tag on a deleted branch).
            TagFetchMode = TagFetchMode.All,
            OnTransferProgress = _ => !cancellationToken.IsCancellationRequested,
        };
        if (password is not null)
        {
            var user = source.TokenUserName();
            fetch.CredentialsProvider = (_, _, _) => new UsernamePasswordCredentials { Username = user, Password = password };
        }
        var options = new CloneOptions(fetch) { Checkout = false };

        Repository.Clone(source.FetchUrl, directory, options);
        cancellationToken.ThrowIfCancellationRequested();

        using var repo = new Repository(directory);
        var commit = RefResolver.Resolve(repo, gitRef) ?? throw new WorkspaceException(string.IsNullOrEmpty(gitRef)
            ? $"{source.DisplayUrl} has no commits to check out"
            : $"ref '{gitRef}' not found in {source.DisplayUrl}: no branch, tag or commit by that name");
        Commands.Checkout(repo, commit, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        return commit.Sha;
    }
}
