using System.Diagnostics;
using System.Text;
using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

/// <summary>Hostile or accidental input is refused with a diagnostic at its file and line, never by exhausting the process.</summary>
public sealed class BoundedInputTests
{
    private static ManifestSet Load(TempWorkspace ws, string path = ".", ManifestLoaderOptions? options = null, bool recursive = false) =>
        new ManifestLoader(options ?? ManifestLoaderOptions.Default).Load(new ManifestQuery(ws.Root, [path], recursive, [], []));

    [Fact]
    public void Load_Fifo_IsRefusedWithoutOpeningIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", Manifests.ConfigMap("app"));
        MakeFifo(ws.FullPath("f.yaml"));

        var set = Load(ws);

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.NotARegularFile, error.Code);
        Assert.Equal("f.yaml:1", error.Source!.ToString());
        Assert.Contains("FIFO", error.Message, StringComparison.Ordinal);
        Assert.Single(set.Documents);
    }

    [Fact]
    public void Load_LoopOfSymlinks_IsAnErrorNamingTheLink()
    {
        using var ws = new TempWorkspace();
        File.CreateSymbolicLink(ws.FullPath("a.yaml"), ws.FullPath("b.yaml"));
        File.CreateSymbolicLink(ws.FullPath("b.yaml"), ws.FullPath("a.yaml"));
        ws.Write("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");

        var set = Load(ws);

        var error = set.Errors().First(e => e.Source?.File == "a.yaml");
        Assert.Equal(DiagnosticCodes.NotARegularFile, error.Code);
        Assert.Contains("loop of links", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SymlinkToDevZero_IsRefused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var ws = new TempWorkspace();
        File.CreateSymbolicLink(ws.FullPath("z.yaml"), "/dev/zero");

        var set = Load(ws);

        var error = set.Errors().Single(e => e.Source?.File == "z.yaml");
        Assert.Contains(error.Code, new[] { DiagnosticCodes.LinkOutsideWorkspace, DiagnosticCodes.NotARegularFile });
        Assert.Empty(set.Documents);
    }

    [Fact]
    public void Load_SymlinkInsideTheWorkspaceToADevice_IsRefusedAsNotARegularFile()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using var ws = new TempWorkspace();
        ws.CreateDirectory("dev");
        File.CreateSymbolicLink(ws.FullPath("dev/null-link"), "/dev/null");
        File.CreateSymbolicLink(ws.FullPath("n.yaml"), ws.FullPath("dev/null-link"));

        var set = Load(ws, "n.yaml");

        Assert.Contains(set.Errors(), e => e.Source?.File == "n.yaml");
    }

    [Fact]
    public void Load_SymlinkToAManifestOutsideTheWorkspace_IsAnErrorNamingTheLink()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var outside = new TempWorkspace();
        var secret = outside.Write("victim.yaml", Manifests.ConfigMap("outside"));
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", Manifests.ConfigMap("app"));
        File.CreateSymbolicLink(ws.FullPath("linked.yaml"), secret);

        var set = Load(ws);

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.LinkOutsideWorkspace, error.Code);
        Assert.StartsWith("linked.yaml is a symbolic link to a file outside the workspace", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(outside.Root, error.Message, StringComparison.Ordinal);
        Assert.Equal(["app"], set.Documents.Select(d => d.Object.Name));
    }

    [Fact]
    public void Load_DirectorySymlinkOutsideTheWorkspace_IsNotDescended()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var outside = new TempWorkspace();
        outside.Write("victim.yaml", Manifests.ConfigMap("outside"));
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", Manifests.ConfigMap("app"));
        Directory.CreateSymbolicLink(ws.FullPath("elsewhere"), outside.Root);

        var set = Load(ws, recursive: true);

        Assert.Equal(DiagnosticCodes.LinkOutsideWorkspace, set.SingleError().Code);
        Assert.Equal(["app"], set.Documents.Select(d => d.Object.Name));
    }

    [Fact]
    public void Load_SymlinkToAManifestInsideTheWorkspace_IsRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var ws = new TempWorkspace();
        var real = ws.Write("base/app.yaml", Manifests.ConfigMap("app"));
        ws.CreateDirectory("overlay");
        File.CreateSymbolicLink(ws.FullPath("overlay/app.yaml"), real);

        var set = Load(ws, "overlay");

        Assert.Empty(set.Errors());
        Assert.Equal(["app"], set.Documents.Select(d => d.Object.Name));
    }

    [Fact]
    public void Load_LongStringAliasedThousandsOfTimes_IsAnAliasBombErrorAtTheAlias()
    {
        using var ws = new TempWorkspace();
        var yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  s: &s ")
            .Append('x', 100 * 1024).Append("\n  list:\n");
        for (var i = 0; i < 20_000; i++)
        {
            yaml.Append("  - *s\n");
        }
        ws.Write("big.yaml", yaml.ToString());

        var set = Load(ws);

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.AliasBomb, error.Code);
        Assert.Contains("MiB of text", error.Message, StringComparison.Ordinal);
        Assert.Equal("big.yaml", error.Source!.File);
        Assert.True(error.Source.Line > 7, $"line {error.Source.Line}");
        Assert.Empty(set.Documents);
    }

    [Fact]
    public void Load_HundredThousandNestedBrackets_IsADepthErrorWithFileAndLine()
    {
        using var ws = new TempWorkspace();
        ws.Write("deep.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: " + new string('[', 100_000) + "\n");

        var set = Load(ws);

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.AliasBomb, error.Code);
        Assert.Contains("levels deep", error.Message, StringComparison.Ordinal);
        Assert.Equal("deep.yaml:6", error.Source!.ToString());
    }

    [Fact]
    public void Load_BracketsInQuotesAndBlockScalars_AreNotNesting()
    {
        using var ws = new TempWorkspace();
        var brackets = new string('[', 300);
        ws.Write("ok.yaml", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  a: \"{brackets}\"\n  b: '{brackets}'\n  c: |\n    {brackets}\n  d: x{brackets}\n  # {brackets}\n");

        var set = Load(ws);

        Assert.Empty(set.Errors());
        Assert.Single(set.Documents);
    }

    [Fact]
    public void Load_UnclosedFlowSequenceBeforeAKey_IsAYamlErrorWithALine()
    {
        using var ws = new TempWorkspace();
        ws.Write("broken.yaml", "a: [1, 2\nb: c\n");

        var set = Load(ws);

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Equal("broken.yaml", error.Source!.File);
        Assert.InRange(error.Source.Line, 1, 2);
        Assert.StartsWith("Invalid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MoreDocumentsThanTheLimit_IsAnErrorAtTheFirstOneOver()
    {
        using var ws = new TempWorkspace();
        ws.Write("many.yaml", string.Join("---\n", Enumerable.Range(0, 5).Select(i => Manifests.ConfigMap($"cm{i}"))));

        var set = Load(ws, options: new ManifestLoaderOptions(MaxDocuments: 3));

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.InputTooLarge, error.Code);
        Assert.Equal("many.yaml", error.Source!.File);
        Assert.Contains("more than 3 documents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FilesTogetherOverTheTotalLimit_IsAnErrorNamingTheFileThatCrossesIt()
    {
        using var ws = new TempWorkspace();
        ws.Write("a.yaml", Manifests.ConfigMap("a") + new string('#', 600) + "\n");
        ws.Write("b.yaml", Manifests.ConfigMap("b") + new string('#', 600) + "\n");

        var set = Load(ws, options: new ManifestLoaderOptions(MaxTotalBytes: 1000));

        var error = set.SingleError();
        Assert.Equal((DiagnosticCodes.InputTooLarge, "b.yaml:1"), (error.Code, error.Source!.ToString()));
        Assert.Equal(["a"], set.Documents.Select(d => d.Object.Name));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
