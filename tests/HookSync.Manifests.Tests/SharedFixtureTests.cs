using HookSync.Core.Diagnostics;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

public sealed class SharedFixtureTests
{
    // `grep -c '^apiVersion:' argo-cd-install.yaml` = 59: one object per document, no Lists.
    private const int ArgoInstallObjectCount = 59;

    [Fact]
    public void Load_ArgoCdInstallBundle_ReadsEveryObjectWithoutErrors()
    {
        var set = LoaderExtensions.Load(Path.Combine(RepoPaths.ArgoFixtures, "real"), ["argo-cd-install.yaml"], recursive: false);

        Assert.Empty(set.Errors());
        Assert.Equal(ArgoInstallObjectCount, set.Documents.Count);
        Assert.Equal("CustomResourceDefinition", set.Documents[0].Object.Kind);
        Assert.Equal("applications.argoproj.io", set.Documents[0].Object.Name);
        // The first document has a leading comment; its source is the line of its first key.
        Assert.Equal(2, set.Documents[0].Source.Line);
        Assert.All(set.Documents, d => Assert.Equal("argo-cd-install.yaml", d.Source.File));
    }

    [Fact]
    public void Load_ArgoCdInstallBundle_SourceLinesPointAtApiVersionLines()
    {
        var path = Path.Combine(RepoPaths.ArgoFixtures, "real", "argo-cd-install.yaml");
        var expected = File.ReadAllLines(path)
            .Select((text, index) => (text, line: index + 1))
            .Where(x => x.text.StartsWith("apiVersion:", StringComparison.Ordinal))
            .Select(x => x.line)
            .ToList();

        var set = LoaderExtensions.Load(Path.GetDirectoryName(path)!, ["argo-cd-install.yaml"], recursive: false);

        Assert.Equal(expected, set.Documents.Select(d => d.Source.Line).ToList());
    }

    public static TheoryData<string> ArgoE2eDirectories() =>
        new(Directory.GetDirectories(Path.Combine(RepoPaths.ArgoFixtures, "argo-e2e")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ArgoE2eDirectories))]
    public void Load_ArgoE2eDirectory_LoadsWithoutErrors(string directory)
    {
        var set = LoaderExtensions.Load(Path.Combine(RepoPaths.ArgoFixtures, "argo-e2e"), [directory], recursive: false);

        Assert.Empty(set.Errors());
        Assert.NotEmpty(set.Documents);
        Assert.All(set.Documents, d => Assert.StartsWith(directory + "/", d.Source.File, StringComparison.Ordinal));
        var isKustomize = File.Exists(Path.Combine(RepoPaths.ArgoFixtures, "argo-e2e", directory, "kustomization.yaml"));
        Assert.Equal(isKustomize, set.Diagnostics.Any(d => d.Code == DiagnosticCodes.NotAManifest && d.Message.Contains("renders it with kustomize", StringComparison.Ordinal)));
        Assert.DoesNotContain(set.Documents, d => d.Source.File.EndsWith(".md", StringComparison.Ordinal));
    }
}
