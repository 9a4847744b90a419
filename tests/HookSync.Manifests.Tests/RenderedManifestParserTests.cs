using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Manifests.Tests;

/// <summary>Rendered documents are parsed like files, but every object and finding sits at the origin the renderer traced.</summary>
public sealed class RenderedManifestParserTests
{
    [Fact]
    public void Parse_Documents_ObjectsAtTheirOrigins()
    {
        var source = Source(
            new RenderedDocument("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n", new SourceLocation("base/config.yaml", 2)),
            new RenderedDocument("# Source: shop/templates/job.yaml\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n", new SourceLocation("chart/templates/job.yaml", 1)));

        var set = new RenderedManifestParser().Parse(source);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["ConfigMap/cfg@base/config.yaml:2", "Job/migrate@chart/templates/job.yaml:1"],
            set.Documents.Select(d => $"{d.Object.Kind}/{d.Object.Name}@{d.Source}"));
    }

    [Fact]
    public void Parse_InvalidDocument_ErrorAtItsOriginNamingTheTool()
    {
        var source = Source(new RenderedDocument("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n", new SourceLocation("overlay/patch.yaml", 4)));

        var set = new RenderedManifestParser().Parse(source);

        var error = Assert.Single(set.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(new SourceLocation("overlay/patch.yaml", 4), error.Source);
        Assert.Contains("kubectl kustomize", error.Message, StringComparison.Ordinal);
        Assert.Empty(set.Documents);
    }

    [Fact]
    public void Parse_AliasBomb_StoppedByTheLoaderLimits()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        var source = Source(new RenderedDocument(bomb, new SourceLocation("app", 1)));

        var set = new RenderedManifestParser(ManifestLoaderOptions.Default with { MaxAliasNodesPerDocument = 1_000 }).Parse(source);

        Assert.Contains(set.Diagnostics, d => d.Code == DiagnosticCodes.AliasBomb);
    }

    [Fact]
    public void Parse_RenderFailed_KeepsTheRenderersErrorOnly()
    {
        var failed = new RenderedSource("app", SourceType.Helm, "helm template", [],
            [Diagnostic.Error(DiagnosticCodes.RenderFailed, "helm template failed on app (exit 1): Error: boom", null)]);

        var set = new RenderedManifestParser().Parse(failed);

        Assert.Equal([DiagnosticCodes.RenderFailed], set.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Parse_NothingRendered_NoManifestsError()
    {
        var set = new RenderedManifestParser().Parse(Source());

        Assert.Equal(DiagnosticCodes.NoManifests, Assert.Single(set.Diagnostics).Code);
    }

    private static RenderedSource Source(params RenderedDocument[] documents) =>
        new("app", SourceType.Kustomize, "kubectl kustomize", documents, []);
}
