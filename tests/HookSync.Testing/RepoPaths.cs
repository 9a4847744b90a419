namespace HookSync.Testing;

/// <summary>Absolute paths to the repository, its examples and the shared fixtures beside it.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first parent directory holding HookSync.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>The shared reference folder (<c>../shared</c> beside the checkout).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedFixtures => Path.Combine(Shared, "fixtures");

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
