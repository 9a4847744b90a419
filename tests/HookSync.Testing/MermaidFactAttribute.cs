using Xunit;

namespace HookSync.Testing;

/// <summary>
/// A fact that runs only where Mermaid's own parser is installed (<c>npm ci</c> in tests/tools/mermaid-check) and node is on
/// PATH; skipped with that reason elsewhere.
/// </summary>
public sealed class MermaidFactAttribute : FactAttribute
{
    public MermaidFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "mermaid")))
        {
            Skip = "Mermaid's parser is not installed: run `npm ci --prefix tests/tools/mermaid-check` (needs node 18+)";
        }
        else if (NodePath is null)
        {
            Skip = "node is not on PATH";
        }
    }

    /// <summary>tests/tools/mermaid-check: check.mjs and its package.json.</summary>
    public static string ToolDirectory { get; } = Path.Combine(RepoPaths.Root, "tests", "tools", "mermaid-check");

    public static string? NodePath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);
}
