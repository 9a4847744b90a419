using System.Text;

namespace HookSync.Benchmarks;

/// <summary>Finds the Argo CD install bundle in the repository's test fixtures and builds the 10× copy set the parse and plan benchmarks read.</summary>
internal static class BenchmarkFixtures
{
    public const string BundleFileName = "argo-cd-install.yaml";

    /// <summary>The repository root: the first directory above the running exe that holds HookSync.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The folder holding the 1.9 MB bundle (<c>tests/fixtures/argo-cd/real</c> in the repository).</summary>
    public static string BundleDirectory => Path.Combine(RepoRoot, "tests", "fixtures", "argo-cd", "real");

    /// <summary>Writes <paramref name="copies"/> renamed copies of the bundle into a new temp directory and returns it.</summary>
    public static string WriteCopies(int copies)
    {
        var lines = File.ReadAllLines(Path.Combine(BundleDirectory, BundleFileName));
        var dir = Path.Combine(Path.GetTempPath(), "hooksync-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        for (var i = 0; i < copies; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"copy-{i:D2}.yaml"), Renamed(lines, $"-c{i:D2}"));
        }
        return dir;
    }

    // Each copy must define distinct objects, or the loader reports "defined twice" and the planner sees a
    // tenth of the work. The bundle's top-level metadata is always "metadata:" then "  name: X" at column 2.
    private static string Renamed(string[] lines, string suffix)
    {
        var text = new StringBuilder();
        var inTopMetadata = false;
        foreach (var line in lines)
        {
            if (line == "metadata:")
            {
                inTopMetadata = true;
            }
            else if (line.Length > 0 && line[0] != ' ')
            {
                inTopMetadata = false;
            }
            if (inTopMetadata && line.StartsWith("  name: ", StringComparison.Ordinal))
            {
                text.Append(line).Append(suffix).Append('\n');
                inTopMetadata = false;
                continue;
            }
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HookSync.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("HookSync.sln not found above " + AppContext.BaseDirectory);
    }
}
