using System.Reflection;
using System.Text.RegularExpressions;

namespace HookSync.Architecture.Tests;

/// <summary>
/// Who owns which facts: CI platforms own everything read from their environment, the Cli alone decides exit codes. Checked on
/// the sources (string literals) and on the built assemblies (constants and members).
/// </summary>
public sealed partial class OwnershipRulesTests
{
    private static readonly string Root = FindRoot();

    // The composition root is the one Cli file allowed to know the platforms by name.
    private static readonly string[] CompositionFiles = ["Composition.cs"];

    [Fact]
    public void Cli_NamesNoPlatformOutsideTheCompositionRoot()
    {
        var cli = Path.Combine(Root, "src", "HookSync.Cli");
        var leaks = SourceFiles(cli)
            .Where(f => !CompositionFiles.Contains(Path.GetFileName(f)))
            .SelectMany(f => StringLiteral().Matches(File.ReadAllText(f))
                .Where(m => PlatformName().IsMatch(m.Value))
                .Select(m => $"{Path.GetRelativePath(Root, f)}: {m.Value}"))
            .ToList();

        Assert.Empty(leaks);
    }

    [Fact]
    public void ExitCodes_AreDecidedOnlyInTheCli()
    {
        // Core and the adapters describe how a run ended; a number for it (a constant, a member returning one) belongs to the Cli.
        Assembly[] others =
        [
            typeof(Core.Planning.SyncPlanner).Assembly, typeof(Kubernetes.KubernetesClusterClient).Assembly,
            typeof(CiPlatforms.CiPlatformResolver).Assembly, typeof(Git.GitWorkspaceProvider).Assembly,
            typeof(Manifests.ManifestLoader).Assembly,
        ];
        var deciders = new List<string>();
        foreach (var type in others.SelectMany(a => a.GetTypes()))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var aboutExit = type.Name.Contains("Exit", StringComparison.Ordinal);
            deciders.AddRange(type.GetFields(all)
                .Where(f => f.FieldType == typeof(int) && (f.IsLiteral || f.IsStatic) && (aboutExit || f.Name.Contains("Exit", StringComparison.Ordinal)))
                .Select(f => $"{type.FullName}.{f.Name}"));
            deciders.AddRange(type.GetMethods(all)
                .Where(m => m.ReturnType == typeof(int) && m.Name.Contains("ExitCode", StringComparison.Ordinal))
                .Select(m => $"{type.FullName}.{m.Name}()"));
        }
        // Nor may their sources set a report's exit code: the Cli stamps it from its one mapping.
        deciders.AddRange(new[] { "HookSync.Core", "HookSync.Kubernetes", "HookSync.CiPlatforms", "HookSync.Git", "HookSync.Manifests" }
            .SelectMany(p => SourceFiles(Path.Combine(Root, "src", p)))
            .Where(f => ExitCodeAssignment().IsMatch(File.ReadAllText(f)))
            .Select(f => $"{Path.GetRelativePath(Root, f)} sets an exit code"));

        Assert.Empty(deciders);
    }

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"github|gitlab|GITHUB_|GITLAB_|CI_PROJECT|RUNNER_TEMP", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformName();

    [GeneratedRegex(@"\bExitCode\s*(=[^=>]|:\s*[^:])")]
    private static partial Regex ExitCodeAssignment();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HookSync.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("HookSync.sln not found");
    }
}
