using HookSync.Core.Diagnostics;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

public sealed class ListAndJsonTests
{
    [Fact]
    public void Load_YamlList_IsFlattenedWithEachItemAtItsOwnLine()
    {
        using var ws = new TempWorkspace();
        ws.Write("list.yaml", """
            # exported with kubectl get -o yaml
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: first
            -
              apiVersion: v1
              kind: Secret
              metadata:
                name: second
            """);

        var set = ws.Load("list.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["ConfigMap/first list.yaml:5", "Secret/second list.yaml:10"], set.Documents.Select(d => $"{d.Object} {d.Source}").ToList());
    }

    [Fact]
    public void Load_TypedV1List_IsFlattened()
    {
        using var ws = new TempWorkspace();
        ws.Write("list.yaml", "apiVersion: v1\nkind: ConfigMapList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n");

        var set = ws.Load("list.yaml");

        Assert.Equal("ConfigMap/a", Assert.Single(set.Documents).Object.ToString());
    }

    [Fact]
    public void Load_CustomKindEndingInList_IsNotFlattened()
    {
        using var ws = new TempWorkspace();
        ws.Write("allow.yaml", "apiVersion: example.com/v1\nkind: AllowList\nmetadata:\n  name: ips\nitems:\n- 10.0.0.1\n");

        var set = ws.Load("allow.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal("AllowList/ips", Assert.Single(set.Documents).Object.ToString());
    }

    [Fact]
    public void Load_AnnotationValueErrorInListItem_PointsAtTheValueLine()
    {
        using var ws = new TempWorkspace();
        ws.Write("list.yaml", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: batch/v1\n  kind: Job\n  metadata:\n    name: migrate\n    annotations:\n      argocd.argoproj.io/sync-wave: 5\n");

        var error = ws.Load("list.yaml").SingleError();

        Assert.Equal(DiagnosticCodes.InvalidMetadata, error.Code);
        Assert.Equal(9, error.Source?.Line);
        Assert.Contains("quote it: argocd.argoproj.io/sync-wave: \"5\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonManifest_IsReadWithTheLineOfItsOpeningBrace()
    {
        using var ws = new TempWorkspace();
        ws.Write("cm.json", "\n\n{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ConfigMap\",\n  \"metadata\": {\"name\": \"json\", \"annotations\": {\"a\": \"1\"}},\n  \"data\": {\"replicas\": 3}\n}\n");

        var set = ws.Load("cm.json");

        Assert.Empty(set.Diagnostics);
        var document = Assert.Single(set.Documents);
        Assert.Equal("cm.json:3", document.Source.ToString());
        Assert.Equal("json", document.Object.Name);
        Assert.Equal("1", document.Object.Annotations["a"]);
        Assert.Equal(3L, document.Object.GetInt64("data", "replicas"));
    }

    [Fact]
    public void Load_JsonList_IsFlattenedWithItemLines()
    {
        using var ws = new TempWorkspace();
        ws.Write("list.json", """
            {
              "apiVersion": "v1",
              "kind": "List",
              "items": [
                {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}},
                {
                  "apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"}
                }
              ]
            }
            """);

        var set = ws.Load("list.json");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["list.json:5", "list.json:6"], set.Documents.Select(d => d.Source.ToString()).ToList());
    }

    [Fact]
    public void Load_JsonAnnotationNumber_PointsAtItsLine()
    {
        using var ws = new TempWorkspace();
        ws.Write("job.json", "{\n  \"apiVersion\": \"batch/v1\",\n  \"kind\": \"Job\",\n  \"metadata\": {\n    \"name\": \"j\",\n    \"annotations\": {\n      \"argocd.argoproj.io/sync-wave\": 2\n    }\n  }\n}\n");

        var error = ws.Load("job.json").SingleError();

        Assert.Equal(DiagnosticCodes.InvalidMetadata, error.Code);
        Assert.Equal("job.json:7", error.Source?.ToString());
    }

    [Fact]
    public void Load_EmptyJsonFile_HasNoDocumentsAndNoParseError()
    {
        using var ws = new TempWorkspace();
        ws.Write("empty.json", "  \n");
        ws.Write("cm.yaml", Manifests.ConfigMap("a"));

        var set = ws.Load();

        Assert.Empty(set.Diagnostics);
        Assert.Single(set.Documents);
    }
}
