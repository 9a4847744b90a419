using System.Text.RegularExpressions;
using HookSync.Core.Ports;
using LibGit2Sharp;

namespace HookSync.Git;

/// <summary>Finds the commit a <c>--ref</c> names in a fresh clone: a branch, then a tag, then a full or short SHA.</summary>
internal static partial class RefResolver
{
    private const string BranchPrefix = "refs/heads/";
    private const string TagPrefix = "refs/tags/";

    /// <summary>The commit, or null when nothing by that name exists. A null or empty ref is the remote's HEAD.</summary>
    public static Commit? Resolve(Repository repo, string? gitRef)
    {
        if (string.IsNullOrEmpty(gitRef))
        {
            return repo.Head.Tip;
        }
        if (gitRef.StartsWith(BranchPrefix, StringComparison.Ordinal))
        {
            return Branch(repo, gitRef[BranchPrefix.Length..]);
        }
        if (gitRef.StartsWith(TagPrefix, StringComparison.Ordinal))
        {
            return Tag(repo, gitRef[TagPrefix.Length..]);
        }
        // A name that is both a branch and a tag means the branch, as `git checkout` would pick it.
        return Branch(repo, gitRef) ?? Tag(repo, gitRef) ?? Sha(repo, gitRef);
    }

    private static Commit? Branch(Repository repo, string name) =>
        (repo.Branches["origin/" + name] ?? repo.Branches[name])?.Tip;

    // Annotated tags point at a tag object; peel it to the commit.
    private static Commit? Tag(Repository repo, string name) => repo.Tags[name]?.PeeledTarget as Commit;

    private static Commit? Sha(Repository repo, string text)
    {
        if (!HexObjectId().IsMatch(text))
        {
            return null;
        }
        try
        {
            return repo.Lookup<Commit>(text);
        }
        catch (AmbiguousSpecificationException)
        {
            throw new WorkspaceException(
                $"ref '{text}' is ambiguous: more than one commit starts with it; give more characters of the SHA");
        }
    }

    [GeneratedRegex("^[0-9a-fA-F]{4,40}$")]
    private static partial Regex HexObjectId();
}
