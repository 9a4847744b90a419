using System.Text.RegularExpressions;

namespace HookSync.Architecture.Tests;

/// <summary>
/// A clone of the repository stands alone: no file refers to documents or fixtures outside it, and every rule,
/// scenario or difference id cited in a C# comment has an anchor in docs/sync-semantics.md.
/// </summary>
public sealed partial class StandaloneRepositoryTests
{
    private static readonly string Root = FindRoot();

    // Names of documents and folders that live beside the team's checkouts, not in the repository. Each is written in two
    // parts, so this file passes its own scan like every other file instead of being exempt from it.
    private static readonly string[] OutsideReferences =
    [
        "../" + "shared", "shared" + "/fixtures", "hooksync" + "-contract", "argocd-hook" + "-semantics", "ci" + "-conventions",
        "toolchain" + "-spike", "contract" + " §", "spike" + " §", "semantics" + " §", "architecture" + " §",
        "contract" + " section", "spike" + " section",
    ];

    // Build output, tool state and Argo CD's own test data (third-party files, see tests/fixtures/argo-cd/SOURCES.md).
    private static readonly string[] SkippedDirectories =
        ["bin", "obj", ".git", ".vs", ".idea", "TestResults", "BenchmarkDotNet.Artifacts", "artifacts", "node_modules", "out"];

    [Fact]
    public void NoFile_RefersToAPathOrDocumentOutsideTheRepository()
    {
        var offences = new List<string>();
        foreach (var file in RepositoryTextFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                offences.AddRange(OutsideReferences
                    .Where(needle => lines[i].Contains(needle, StringComparison.OrdinalIgnoreCase))
                    .Select(needle => $"{Relative(file)}:{i + 1}: '{needle}'"));
            }
        }
        Assert.True(offences.Count == 0, "References to files outside the repository:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void EveryIdCitedInACodeComment_HasAnAnchorInSyncSemantics()
    {
        var anchors = Anchors();
        var missing = new List<string>();
        foreach (var file in CSharpFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (CommentStart().Match(lines[i]) is not { Success: true } comment)
                {
                    continue;
                }
                missing.AddRange(CitedIds().Matches(lines[i][comment.Index..])
                    .Select(m => m.Value)
                    .Where(id => !anchors.Contains(AnchorOf(id)))
                    .Select(id => $"{Relative(file)}:{i + 1}: {id} (expected <a id=\"{AnchorOf(id)}\">)"));
            }
        }
        Assert.True(missing.Count == 0, "Cited ids without an anchor in docs/sync-semantics.md:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void SyncSemanticsAnchors_AreUnique()
    {
        var duplicates = AnchorTags().Matches(File.ReadAllText(SyncSemantics))
            .GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(duplicates);
    }

    /// <summary>S4 → rule-s4, S-04 → scenario-s-04, D-4 → d-4.</summary>
    private static string AnchorOf(string id) => id switch
    {
        _ when id.StartsWith("S-", StringComparison.Ordinal) => "scenario-" + id.ToLowerInvariant(),
        _ when id.StartsWith("D-", StringComparison.Ordinal) => id.ToLowerInvariant(),
        _ => "rule-" + id.ToLowerInvariant(),
    };

    private static string SyncSemantics => Path.Combine(Root, "docs", "sync-semantics.md");

    private static HashSet<string> Anchors() =>
        AnchorTags().Matches(File.ReadAllText(SyncSemantics)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> CSharpFiles() =>
        new[] { "src", "tests", "bench" }
            .SelectMany(dir => Files(Path.Combine(Root, dir)))
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal));

    private static IEnumerable<string> RepositoryTextFiles() =>
        Files(Root).Where(file => !IsThirdPartyFixture(file) && IsText(file));

    private static IEnumerable<string> Files(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            yield return file;
        }
        foreach (var sub in Directory.EnumerateDirectories(directory).Where(d => !SkippedDirectories.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Files(sub))
            {
                yield return file;
            }
        }
    }

    private static bool IsThirdPartyFixture(string file) =>
        Relative(file).StartsWith("tests/fixtures/argo-cd/", StringComparison.Ordinal) && !file.EndsWith(".md", StringComparison.Ordinal);

    private static bool IsText(string file)
    {
        var bytes = File.ReadAllBytes(file);
        return bytes.Length < 4 * 1024 * 1024 && !bytes.Take(8000).Contains((byte)0);
    }

    private static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HookSync.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("HookSync.sln not found");
    }

    // A line comment, not the "//" of a URL ("https://").
    [GeneratedRegex(@"(?<!:)//")]
    private static partial Regex CommentStart();

    // Rule ids (A1, W11), scenario ids (S-01) and HookSync's differences (D-1); S2b or R2R are not ids.
    [GeneratedRegex(@"\b(?:[ASXPFWHTRDO][0-9]{1,2}|S-[0-9]{2}|D-[0-9]{1,2})\b")]
    private static partial Regex CitedIds();

    [GeneratedRegex("<a id=\"([^\"]+)\"></a>")]
    private static partial Regex AnchorTags();
}
