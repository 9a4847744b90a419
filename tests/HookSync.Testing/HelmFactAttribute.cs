using Xunit;

namespace HookSync.Testing;

/// <summary>A fact that runs only where <c>helm</c> is on PATH, and is skipped with that reason elsewhere.</summary>
public sealed class HelmFactAttribute : FactAttribute
{
    public HelmFactAttribute()
    {
        if (HelmPath is null)
        {
            Skip = "helm is not on PATH (the HookSync image ships it; install helm to run the Helm end-to-end tests)";
        }
    }

    /// <summary>The full path of the helm executable found on PATH, or null.</summary>
    public static string? HelmPath { get; } = Find();

    private static string? Find()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "helm.exe", "helm" } : ["helm"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
