using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Rendering.Tests;

/// <summary>Real <c>kubectl kustomize</c> (kustomize v5 built in) on small overlays.</summary>
public sealed class KustomizeRendererTests
{
    [KubectlFact]
    public async Task Render_Overlay_EveryObjectTracedToItsBaseOrOverlayFileAndLine()
    {
        using var ws = Overlay();

        var result = await Renders.RunAsync(ws.Root, "app/overlay", SourceType.Kustomize, Kubectl());

        Assert.Empty(result.Diagnostics);
        Assert.Equal("kubectl kustomize", result.Tool);
        var origins = result.Documents.ToDictionary(d => Name(d.Yaml), d => d.Origin.ToString());
        Assert.Equal("app/base/objects.yaml:1", origins["staging-web"]);
        Assert.Equal("app/base/objects.yaml:9", origins["staging-migrate"]);
        Assert.Equal("app/overlay/extra.yaml:2", origins["staging-extra"]);
        Assert.StartsWith("app/overlay/kustomization.yaml:", origins.Single(o => o.Key.StartsWith("staging-generated-", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Render_Overlay_OriginAnnotationIsGoneAndOtherAnnotationsStay()
    {
        using var ws = Overlay();

        var result = await Renders.RunAsync(ws.Root, "app/overlay", SourceType.Kustomize, Kubectl());

        Assert.All(result.Documents, d => Assert.DoesNotContain("config.kubernetes.io", d.Yaml, StringComparison.Ordinal));
        Assert.Contains(result.Documents, d => d.Yaml.Contains("argocd.argoproj.io/hook: PreSync", StringComparison.Ordinal));
    }

    [KubectlFact]
    public async Task Render_BuildOptions_ArePassedToKustomize()
    {
        using var ws = Overlay();

        var result = await Renders.RunAsync(ws.Root, "app/overlay", SourceType.Kustomize,
            Kubectl(s => s with { KustomizeBuildOptions = ["--no-such-flag"] }));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderFailed, error.Code);
        Assert.Contains("no-such-flag", error.Message, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Render_BrokenOverlay_ErrorWithKustomizesMessageAndTheFileItNames()
    {
        using var ws = Overlay();
        ws.Write("app/base/objects.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {a: b}\n");

        var result = await Renders.RunAsync(ws.Root, "app/overlay", SourceType.Kustomize, Kubectl());

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderFailed, error.Code);
        Assert.StartsWith("kubectl kustomize failed on app/overlay (exit 1): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing metadata.name", error.Message, StringComparison.Ordinal);
        Assert.Equal("app/base/objects.yaml:1", error.Source?.ToString());
        Assert.DoesNotContain("hooksync-kustomize-", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Documents);
    }

    [Fact]
    public async Task Render_KustomizeBinaryMissing_MissingToolError()
    {
        using var ws = Overlay();

        var result = await Renders.RunAsync(ws.Root, "app/overlay", SourceType.Kustomize,
            Renders.Settings(s => s with { KustomizeBinary = ws.FullPath("bin/kustomize") }));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderToolMissing, error.Code);
        Assert.Contains("was not found", error.Message, StringComparison.Ordinal);
    }

    private static RenderSettings Kubectl(Func<RenderSettings, RenderSettings>? change = null) =>
        Renders.Settings(s => (change ?? (x => x))(s with { KustomizeBinary = KubectlFactAttribute.KubectlPath }));

    private static string Name(string yaml) =>
        yaml.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("name: ", StringComparison.Ordinal))["name: ".Length..];

    private static TempWorkspace Overlay()
    {
        var ws = new TempWorkspace();
        ws.Write("app/base/kustomization.yaml", "resources:\n  - objects.yaml\n");
        ws.Write("app/base/objects.yaml", """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports: [{port: 80}]
            ---
            # the schema migration
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              annotations:
                argocd.argoproj.io/hook: PreSync
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: m, image: busybox}]

            """);
        ws.Write("app/overlay/kustomization.yaml", """
            namePrefix: staging-
            resources:
              - ../base
              - extra.yaml
            configMapGenerator:
              - name: generated
                literals: [LEVEL=debug]

            """);
        ws.Write("app/overlay/extra.yaml", "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n");
        return ws;
    }
}
