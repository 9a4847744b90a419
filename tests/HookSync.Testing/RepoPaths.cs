namespace HookSync.Testing;

/// <summary>Absolute paths to the repository, its examples and the Argo CD fixtures inside it.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first parent directory holding HookSync.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>Argo CD's own test data, copied into <c>tests/fixtures/argo-cd</c> (Apache-2.0; see SOURCES.md there).</summary>
    public static string ArgoFixtures => Path.Combine(Root, "tests", "fixtures", "argo-cd");

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
