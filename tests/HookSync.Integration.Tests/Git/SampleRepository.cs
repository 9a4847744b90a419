using LibGit2Sharp;

namespace HookSync.Integration.Tests.Git;

/// <summary>
/// A real repository built for one test: the default branch C1 ("one") → C2 ("two"); branch <c>release</c> = C1 → C3 (adds
/// release.yaml); annotated tag <c>v1.0</c> on C1; pushed to a bare repository served over <c>file://</c>.
/// </summary>
internal sealed class SampleRepository : IDisposable
{
    private static readonly Signature Author = new("HookSync Tests", "tests@hooksync.invalid", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public SampleRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "hooksync-gittest-" + Guid.NewGuid().ToString("N")[..12]);
        WorkDir = Path.Combine(Root, "work");
        BareDir = Path.Combine(Root, "origin.git");
        CloneRoot = Path.Combine(Root, "clones");
        Directory.CreateDirectory(CloneRoot);

        Repository.Init(WorkDir);
        using var repo = new Repository(WorkDir);
        File.WriteAllText(Path.Combine(WorkDir, ".gitignore"), "*.log\n");
        C1 = Commit(repo, "app.yaml", "one", "first");
        C2 = Commit(repo, "app.yaml", "two", "second");
        DefaultBranch = repo.Head.FriendlyName;
        var release = repo.CreateBranch("release", repo.Lookup<Commit>(C1));
        Commands.Checkout(repo, release);
        C3 = Commit(repo, "release.yaml", "release", "release only");
        Commands.Checkout(repo, repo.Branches[DefaultBranch]);
        repo.ApplyTag("v1.0", C1, Author, "version 1.0");

        Repository.Init(BareDir, isBare: true);
        repo.Network.Remotes.Add("origin", BareDir);
        // libgit2 push takes no globs: every branch and tag by name.
        var refSpecs = repo.Branches.Where(b => !b.IsRemote).Select(b => $"{b.CanonicalName}:{b.CanonicalName}")
            .Concat(repo.Tags.Select(t => $"{t.CanonicalName}:{t.CanonicalName}"));
        repo.Network.Push(repo.Network.Remotes["origin"], refSpecs);
        using var bare = new Repository(BareDir);
        bare.Refs.UpdateTarget("HEAD", "refs/heads/" + DefaultBranch);
    }

    public string Root { get; }

    /// <summary>The non-bare repository, with a working tree.</summary>
    public string WorkDir { get; }

    public string BareDir { get; }

    /// <summary>A private temp root for clones, so tests can check nothing is left behind.</summary>
    public string CloneRoot { get; }

    public string BareUrl => new Uri(BareDir).AbsoluteUri;

    public string DefaultBranch { get; }

    public string C1 { get; }

    public string C2 { get; }

    public string C3 { get; }

    public IReadOnlyList<string> LeftoverClones() => Directory.GetDirectories(CloneRoot, "hooksync-clone-*");

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
        Directory.Delete(Root, recursive: true);
    }

    private string Commit(Repository repo, string file, string content, string message)
    {
        File.WriteAllText(Path.Combine(WorkDir, file), content);
        Commands.Stage(repo, "*");
        return repo.Commit(message, Author, Author).Sha;
    }
}
