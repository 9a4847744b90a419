using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>The shipped examples and the PATH each is synced from.</summary>
internal static class ExampleSources
{
    public const string HelmChart = "helm-chart";

    /// <summary>Every example directory; the Kustomize one only where kubectl (with its built-in kustomize) can render it.</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(RepoPaths.Examples).Select(Path.GetFileName).OfType<string>()
            .Where(e => e != "kustomize" || KubectlFactAttribute.KubectlPath is not null)
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// A Kustomize example is a base and overlays: Argo CD (and HookSync) render an overlay, never the example root. The prune
    /// example is two revisions of one app; each is synced on its own (the first here).
    /// </summary>
    public static string PathOf(string example) => example switch
    {
        "kustomize" => "examples/kustomize/overlays/staging",
        "prune" => "examples/prune/v1",
        _ => $"examples/{example}",
    };
}
