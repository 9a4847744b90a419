using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Rendering.Tests;

public sealed class SourceDetectorTests
{
    [Theory]
    [InlineData("kustomization.yaml", SourceType.Kustomize)]
    [InlineData("kustomization.yml", SourceType.Kustomize)]
    [InlineData("Kustomization", SourceType.Kustomize)]
    [InlineData("Chart.yaml", SourceType.Helm)]
    [InlineData("app.yaml", SourceType.Directory)]
    public void Detect_DirectoryHoldingFile_IsThatSourceType(string file, SourceType expected)
    {
        using var ws = new TempWorkspace();
        ws.Write($"app/{file}", "kind: x\n");

        Assert.Equal(expected, SourceDetector.Detect(ws.Root, "app", null, hasRenderCommand: false));
    }

    [Fact]
    public void Detect_KustomizationBesideChart_IsKustomize()
    {
        using var ws = new TempWorkspace();
        ws.Write("app/kustomization.yaml", "resources: []\n");
        ws.Write("app/Chart.yaml", "name: x\n");

        Assert.Equal(SourceType.Kustomize, SourceDetector.Detect(ws.Root, "app", null, false));
    }

    [Fact]
    public void Detect_SourceTypeGiven_WinsOverTheFiles()
    {
        using var ws = new TempWorkspace();
        ws.Write("app/kustomization.yaml", "resources: []\n");

        Assert.Equal(SourceType.Directory, SourceDetector.Detect(ws.Root, "app", SourceType.Directory, false));
    }

    [Fact]
    public void Detect_RenderCommandGiven_DirectoryIsACommandSource()
    {
        using var ws = new TempWorkspace();
        ws.Write("app/main.jsonnet", "{}\n");

        Assert.Equal(SourceType.Command, SourceDetector.Detect(ws.Root, "app", null, hasRenderCommand: true));
    }

    [Fact]
    public void Detect_SingleFile_IsReadAsItIs()
    {
        using var ws = new TempWorkspace();
        ws.Write("app/kustomization.yaml", "resources: []\n");

        Assert.Equal(SourceType.Directory, SourceDetector.Detect(ws.Root, "app/kustomization.yaml", null, hasRenderCommand: true));
    }
}
