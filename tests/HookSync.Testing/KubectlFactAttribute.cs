using Xunit;

namespace HookSync.Testing;

/// <summary>A fact that runs only where <c>kubectl</c> is on PATH, and is skipped with that reason elsewhere.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        if (KubectlPath is null)
        {
            Skip = "kubectl is not on PATH";
        }
    }

    /// <summary>The full path of the kubectl executable found on PATH, or null.</summary>
    public static string? KubectlPath { get; } = Find();

    private static string? Find()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "kubectl.exe", "kubectl" } : ["kubectl"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
