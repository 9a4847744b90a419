using System.Text.Json.Nodes;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

public sealed class YamlParsingTests
{
    [Fact]
    public void Load_MultiDocumentFileWithEmptyDocuments_SkipsTheEmptyOnes()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", "---\n---\n# only a comment\n---\n" + Manifests.ConfigMap("a") + "---\n\n---\n" + Manifests.ConfigMap("b") + "---\n");

        var set = ws.Load("m.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["a", "b"], set.Documents.Select(d => d.Object.Name).ToList());
    }

    [Fact]
    public void Load_DocumentWithoutSeparator_StartsAtLineOne()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", Manifests.ConfigMap("a"));

        var set = ws.Load("m.yaml");

        Assert.Equal(1, Assert.Single(set.Documents).Source.Line);
    }

    [Fact]
    public void Load_DocumentsAfterSeparatorsAndComments_StartAtTheirFirstKey()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", "# header comment\n\n" + Manifests.ConfigMap("a") + "---\n# about b\n" + Manifests.ConfigMap("b") + "--- # trailing\n\n\n" + Manifests.ConfigMap("c"));

        var set = ws.Load("m.yaml");

        // a: lines 3-8; separator on 9, comment on 10, b from 11 to 16; separator on 17, blank 18-19, c on 20.
        Assert.Equal([3, 11, 20], set.Documents.Select(d => d.Source.Line).ToList());
        Assert.All(set.Documents, d => Assert.Equal("m.yaml", d.Source.File));
    }

    [Fact]
    public void Load_FlowMappingDocument_StartsAtItsOpeningBrace()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", "---\n\n{apiVersion: v1, kind: ConfigMap, metadata: {name: flow}}\n");

        var set = ws.Load("m.yaml");

        var document = Assert.Single(set.Documents);
        Assert.Equal(3, document.Source.Line);
        Assert.Equal("flow", document.Object.Name);
    }

    [Fact]
    public void Load_ScalarsFollowTheCoreSchema()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: scalars
            spec:
              quotedNumber: "1"
              singleQuoted: '7'
              yes: yes
              on: off
              float: 1.5
              int: 42
              negative: -3
              hex: 0x1F
              octal: 0o17
              fileMode: 0644
              bool: true
              tilde: ~
              nullWord: null
              empty:
              taggedString: !!str 5
              taggedInt: !!int "7"
              infinity: .inf
              literal: |
                line one
                line two
              version: 1.10
            """);

        var set = ws.Load("m.yaml");

        Assert.Empty(set.Diagnostics);
        var spec = Assert.IsType<JsonObject>(Assert.Single(set.Documents).Object.Select("spec"));
        Assert.Equal("\"1\"", spec["quotedNumber"]!.ToJsonString());
        Assert.Equal("\"7\"", spec["singleQuoted"]!.ToJsonString());
        Assert.Equal("\"yes\"", spec["yes"]!.ToJsonString());
        Assert.Equal("\"off\"", spec["on"]!.ToJsonString());
        Assert.Equal(1.5, spec["float"]!.GetValue<double>());
        Assert.Equal(42L, spec["int"]!.GetValue<long>());
        Assert.Equal(-3L, spec["negative"]!.GetValue<long>());
        Assert.Equal(31L, spec["hex"]!.GetValue<long>());
        Assert.Equal(15L, spec["octal"]!.GetValue<long>());
        Assert.Equal(420L, spec["fileMode"]!.GetValue<long>());
        Assert.True(spec["bool"]!.GetValue<bool>());
        Assert.True(spec.ContainsKey("tilde") && spec["tilde"] is null);
        Assert.True(spec.ContainsKey("nullWord") && spec["nullWord"] is null);
        Assert.True(spec.ContainsKey("empty") && spec["empty"] is null);
        Assert.Equal("\"5\"", spec["taggedString"]!.ToJsonString());
        Assert.Equal(7L, spec["taggedInt"]!.GetValue<long>());
        Assert.Equal("\".inf\"", spec["infinity"]!.ToJsonString());
        Assert.Equal(1.1, spec["version"]!.GetValue<double>());
        Assert.Equal("line one\nline two\n", spec["literal"]!.GetValue<string>());
    }

    [Fact]
    public void Load_AnchorsAliasesAndMergeKeys_AreExpandedWithExplicitKeysWinning()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: &labels
                app: web
                tier: front
            spec:
              selector:
                matchLabels: *labels
              template:
                metadata:
                  labels:
                    <<: *labels
                    tier: override
                    extra: "yes"
            """);

        var set = ws.Load("m.yaml");

        Assert.Empty(set.Diagnostics);
        var obj = Assert.Single(set.Documents).Object;
        Assert.Equal("{\"app\":\"web\",\"tier\":\"front\"}", obj.Select("spec", "selector", "matchLabels")!.ToJsonString());
        Assert.Equal("{\"tier\":\"override\",\"extra\":\"yes\",\"app\":\"web\"}", obj.Select("spec", "template", "metadata", "labels")!.ToJsonString());
        Assert.Equal("front", obj.Labels["tier"]);
    }

    [Fact]
    public void Load_MergeKeyWithListOfMappings_EarlierSourcesWin()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: merged
            base: &base {a: "1", b: "1"}
            other: &other {b: "2", c: "2"}
            data:
              <<: [*base, *other]
              d: "4"
            """);

        var set = ws.Load("m.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal("{\"d\":\"4\",\"a\":\"1\",\"b\":\"1\",\"c\":\"2\"}", Assert.Single(set.Documents).Object.Select("data")!.ToJsonString());
    }

    [Fact]
    public void Load_AliasToAnchorOfPreviousDocument_IsAnError()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: &l {x: y}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  labels: *l\n");

        var set = ws.Load("m.yaml");

        var error = set.SingleError();
        Assert.Equal("HS1001", error.Code);
        Assert.Equal(11, error.Source?.Line);
        Assert.Equal(["a"], set.Documents.Select(d => d.Object.Name).ToList());
    }

    [Fact]
    public void Load_ErrorInOneDocument_KeepsTheOtherDocumentsOfTheFile()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", Manifests.ConfigMap("a") + "---\nkind: ConfigMap\nmetadata:\n  name: no-api\n---\n" + Manifests.ConfigMap("c"));

        var set = ws.Load("m.yaml");

        Assert.Equal("HS1003", set.SingleError().Code);
        Assert.Equal(["a", "c"], set.Documents.Select(d => d.Object.Name).ToList());
    }

    [Fact]
    public void Load_FileWithByteOrderMark_IsRead()
    {
        using var ws = new TempWorkspace();
        ws.WriteBytes("m.yaml", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Manifests.ConfigMap("bom"))]);

        var set = ws.Load("m.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(1, Assert.Single(set.Documents).Source.Line);
    }

    [Fact]
    public void Load_Utf16File_IsAnErrorAskingForUtf8()
    {
        using var ws = new TempWorkspace();
        ws.WriteBytes("m.yaml", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(Manifests.ConfigMap("wide"))]);

        var error = ws.Load("m.yaml").SingleError();

        Assert.Equal("HS1001", error.Code);
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Source?.Line);
    }

    [Fact]
    public void Load_GenerateNameObjectsWithSameGenerateName_AreNotDuplicates()
    {
        using var ws = new TempWorkspace();
        const string job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n";
        ws.Write("m.yaml", job + "---\n" + job);

        var set = ws.Load("m.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(2, set.Documents.Count);
    }

    [Fact]
    public void Load_SameNameInDifferentNamespacesOrGroups_AreNotDuplicates()
    {
        using var ws = new TempWorkspace();
        ws.Write("m.yaml", Manifests.ConfigMap("x", "one") + "---\n" + Manifests.ConfigMap("x", "two") + "---\n"
            + "apiVersion: example.com/v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: one\n");

        var set = ws.Load("m.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(3, set.Documents.Count);
    }
}
