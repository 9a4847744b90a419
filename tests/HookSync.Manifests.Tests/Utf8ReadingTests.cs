using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

/// <summary>YAML is read from the file's UTF-8 bytes (no string of the whole file): non-ASCII text, lines and the nesting pre-scan behave as on text.</summary>
public sealed class Utf8ReadingTests
{
    private static ManifestSet Load(TempWorkspace ws, ManifestLoaderOptions? options = null) =>
        new ManifestLoader(options ?? ManifestLoaderOptions.Default).Load(new ManifestQuery(ws.Root, ["."], false, [], []));

    [Fact]
    public void Load_NonAsciiText_IsReadWithItsLines()
    {
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", "# Ünïcödé comment ☃\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: café\n  annotations:\n    note: \"名前 😀 <b>\"\n"
            + "data:\n  k: ü\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: zweite\n");

        var set = Load(ws);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(2, set.Documents.Count);
        Assert.Equal("café", set.Documents[0].Object.Name);
        Assert.Equal("名前 😀 <b>", set.Documents[0].Object.Annotations["note"]);
        Assert.Equal("ü", set.Documents[0].Object.GetString("data", "k"));
        Assert.Equal("app.yaml:3", set.Documents[0].Source.ToString());
        Assert.Equal("app.yaml:12", set.Documents[1].Source.ToString());
    }

    [Fact]
    public void Load_BracketsAfterANoBreakSpaceAndHash_AreNotCountedAsNesting()
    {
        // The pre-scan takes '#' after any white space (a no-break space too, two bytes in UTF-8) as a comment, as it did on text.
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: x\u00A0# " + new string('[', 20) + "\n");

        var set = Load(ws, new ManifestLoaderOptions(MaxDepth: 10));

        Assert.Empty(set.Diagnostics);
        Assert.Equal("x\u00A0# " + new string('[', 20), Assert.Single(set.Documents).Object.GetString("data", "k"));
    }

    [Fact]
    public void Load_DeepFlowNestingAfterNonAsciiText_IsRefusedAtItsLine()
    {
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ü\ndata:\n  k: \"ä [ö\"\n  deep: " + new string('[', 12) + new string(']', 12) + "\n");

        var set = Load(ws, new ManifestLoaderOptions(MaxDepth: 10));

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.AliasBomb, error.Code);
        Assert.Equal("app.yaml:7", error.Source!.ToString());
    }

    [Fact]
    public void Load_SyntaxErrorAfterNonAsciiText_NamesItsLine()
    {
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ü\ndata:\n  k: [1, 2\n  j: ö\n");

        var set = Load(ws);

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.StartsWith("Invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Source!.Line, 6, 8);
    }
}
