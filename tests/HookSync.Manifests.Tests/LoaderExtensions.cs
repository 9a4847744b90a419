using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Manifests;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

/// <summary>Short ways to run the loader in tests.</summary>
internal static class LoaderExtensions
{
    public static ManifestSet Load(this TempWorkspace workspace, params string[] paths) =>
        Load(workspace.Root, paths, recursive: false);

    public static ManifestSet LoadRecursive(this TempWorkspace workspace, params string[] paths) =>
        Load(workspace.Root, paths, recursive: true);

    public static ManifestSet Load(string root, IReadOnlyList<string> paths, bool recursive, IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null) =>
        new ManifestLoader().Load(new ManifestQuery(root, paths, recursive, include ?? [], exclude ?? []));

    public static IReadOnlyList<Diagnostic> Errors(this ManifestSet set) =>
        set.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    public static Diagnostic SingleError(this ManifestSet set)
    {
        var errors = set.Errors();
        Assert.True(errors.Count == 1, "expected one error, got: " + string.Join(" | ", set.Diagnostics));
        return errors[0];
    }
}
