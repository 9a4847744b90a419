using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Tests.Objects;

/// <summary>A compact object (how manifests are held) reads and copies exactly as a tree-backed one does.</summary>
public sealed class CompactKubeObjectTests
{
    private const string Deployment = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop","generateName":"w-",
         "annotations":{"argocd.argoproj.io/sync-wave":"2","note":"caf\u00e9 <b> & 'x' + \u2603"},"labels":{"app":"web"},
         "generation":7,"uid":"u-1","resourceVersion":"42"},
         "spec":{"replicas":3,"paused":false,"ratio":1.5,"big":12345678901234,"nothing":null,"empty":{},"list":[1,"two",{"three":3}],
         "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"main","image":"nginx:1.27"}]}}}}
        """;

    private static JsonObject Tree() => (JsonObject)JsonNode.Parse(Deployment)!;

    private static KubeObject Compact() => KubeObject.Compact(Tree());

    [Fact]
    public void Compact_IsCompactAndTreeFormsAreNot()
    {
        Assert.True(Compact().IsCompact);
        Assert.False(KubeObject.Adopt(Tree()).IsCompact);
        Assert.False(KubeObject.FromJson(Tree()).IsCompact);
    }

    [Fact]
    public void ToJsonString_IsTheSameTextAsTheTreeForm()
    {
        Assert.Equal(KubeObject.Adopt(Tree()).ToJsonString(), Compact().ToJsonString());
        Assert.Equal(Tree().ToJsonString(), Compact().ToJsonString());
    }

    [Fact]
    public void ToJsonObject_EqualsTheParsedInput()
    {
        Assert.True(JsonNode.DeepEquals(Tree(), Compact().ToJsonObject()));
    }

    [Fact]
    public void IdentityFields_AreReadOnce()
    {
        var obj = Compact();

        Assert.Equal("apps/v1", obj.ApiVersion);
        Assert.Equal("Deployment", obj.Kind);
        Assert.Equal(new GroupVersionKind("apps", "v1", "Deployment"), obj.Gvk);
        Assert.Equal("web", obj.Name);
        Assert.Equal("w-", obj.GenerateName);
        Assert.Equal("shop", obj.Namespace);
        Assert.Equal(new ResourceKey("apps", "Deployment", "shop", "web"), obj.Key);
        Assert.Equal("2", obj.Annotations["argocd.argoproj.io/sync-wave"]);
        Assert.Equal("café <b> & 'x' + ☃", obj.Annotations["note"]);
        Assert.Equal("web", Assert.Single(obj.Labels).Value);
        Assert.Equal("u-1", obj.Uid);
        Assert.Equal("42", obj.ResourceVersion);
        Assert.Equal(7, obj.Generation);
    }

    [Fact]
    public void Accessors_ReadTheSameValuesAsTheTreeForm()
    {
        var compact = Compact();
        var tree = KubeObject.Adopt(Tree());
        string[][] paths =
        [
            ["spec", "replicas"], ["spec", "paused"], ["spec", "ratio"], ["spec", "big"], ["spec", "nothing"], ["spec", "empty"],
            ["spec", "list"], ["spec", "template", "spec", "containers"], ["spec", "missing"], ["spec", "replicas", "deeper"],
            ["spec", "list", "0"], ["metadata", "annotations", "note"], [],
        ];
        foreach (var path in paths)
        {
            Assert.True(JsonNode.DeepEquals(tree.Select(path), compact.Select(path)), string.Join(".", path));
            Assert.Equal(tree.GetString(path), compact.GetString(path));
            Assert.Equal(tree.GetInt64(path), compact.GetInt64(path));
            Assert.Equal(tree.GetBool(path), compact.GetBool(path));
        }
        Assert.Equal(3, compact.GetInt64("spec", "replicas"));
        Assert.Equal(12345678901234, compact.GetInt64("spec", "big"));
        Assert.Null(compact.GetInt64("spec", "ratio"));
        Assert.False(compact.GetBool("spec", "paused"));
        Assert.Equal("nginx:1.27", ((JsonArray)compact.Select("spec", "template", "spec", "containers")!)[0]!["image"]!.GetValue<string>());
    }

    [Fact]
    public void Reads_DoNotAliasTheObject()
    {
        var obj = Compact();
        var before = obj.ToJsonString();

        obj.ToJsonObject()["spec"]!["replicas"] = 99;
        ((JsonObject)obj.Select("spec")!)["replicas"] = 98;

        Assert.Equal(before, obj.ToJsonString());
        Assert.Equal(3, obj.GetInt64("spec", "replicas"));
    }

    [Fact]
    public void Compact_DoesNotKeepTheCallersTree()
    {
        var tree = Tree();
        var obj = KubeObject.Compact(tree);

        tree["spec"]!["replicas"] = 5;
        ((JsonObject)tree["metadata"]!)["name"] = "other";

        Assert.Equal(3, obj.GetInt64("spec", "replicas"));
        Assert.Equal("web", obj.Name);
        Assert.Equal("web", obj.GetString("metadata", "name"));
    }

    [Fact]
    public void WithCopies_AreChangedCompactCopiesAndLeaveTheOriginal()
    {
        var original = Compact();
        var before = original.ToJsonString();

        var renamed = original.WithName("web-2");
        var moved = original.WithNamespace("other");
        var annotated = original.WithAnnotation("a/b", "c");
        var edited = original.With(json => json["spec"]!["replicas"] = 1);

        Assert.Equal(before, original.ToJsonString());
        Assert.Equal("web", original.Name);
        Assert.All(new[] { renamed, moved, annotated, edited }, copy => Assert.True(copy.IsCompact));
        Assert.Equal("web-2", renamed.Name);
        Assert.Equal("web-2", renamed.GetString("metadata", "name"));
        Assert.Equal("shop", renamed.Namespace);
        Assert.Equal("other", moved.Namespace);
        Assert.Equal("other", moved.GetString("metadata", "namespace"));
        Assert.Equal("web", moved.Name);
        Assert.Equal(original.Annotations, moved.Annotations);
        Assert.Equal("c", annotated.Annotations["a/b"]);
        Assert.Equal("c", annotated.GetString("metadata", "annotations", "a/b"));
        Assert.False(original.Annotations.ContainsKey("a/b"));
        Assert.Equal(1, edited.GetInt64("spec", "replicas"));
        Assert.Equal(3, original.GetInt64("spec", "replicas"));
    }

    [Fact]
    public void WithCopies_OfATreeFormObject_StayTrees()
    {
        var tree = KubeObject.Adopt(Tree());

        Assert.False(tree.WithName("x").IsCompact);
        Assert.False(tree.WithAnnotation("a", "b").IsCompact);
        Assert.False(tree.With(_ => { }).IsCompact);
    }

    [Fact]
    public void NoAnnotationsOrLabels_AreEmptyMaps()
    {
        var obj = KubeObject.Compact(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = "c" } });

        Assert.Empty(obj.Annotations);
        Assert.Empty(obj.Labels);
        Assert.Equal(string.Empty, obj.Namespace);
        Assert.Equal(string.Empty, obj.Group);
        Assert.Equal("v1", obj.Version);
    }

    [Fact]
    public void NonStringAnnotationValues_AreReadAsText()
    {
        var obj = KubeObject.Compact((JsonObject)JsonNode.Parse("""
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","annotations":{"n":5,"b":true,"z":null}}}
            """)!);

        Assert.Equal("5", obj.Annotations["n"]);
        Assert.Equal("true", obj.Annotations["b"]);
        Assert.Equal(string.Empty, obj.Annotations["z"]);
    }

    [Fact]
    public void DeepDocuments_WithinTheLoaderLimit_AreRead()
    {
        // The loader accepts 200 levels; System.Text.Json's default reader stops at 64.
        var root = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = "c" } };
        var node = root;
        for (var i = 0; i < 150; i++)
        {
            var child = new JsonObject();
            node["d"] = child;
            node = child;
        }
        node["leaf"] = "x";

        var obj = KubeObject.Compact(root);

        Assert.Equal(root.ToJsonString(), obj.ToJsonString());
        Assert.True(JsonNode.DeepEquals(root, obj.ToJsonObject()));
        Assert.NotNull(obj.Select("d"));
    }

    [Fact]
    public void NameAndNamespaceEdits_ReadAndWriteAsOnATree()
    {
        var bare = """{"apiVersion":"batch/v1","kind":"Job","metadata":{"generateName":"j-","labels":{"a":"b"}},"spec":{"x":1}}""";
        var tree = KubeObject.Parse(bare);
        var compact = KubeObject.Compact((JsonObject)JsonNode.Parse(bare)!);

        KubeObject Edit(KubeObject o) => o.WithNamespace("a").WithName("j-1").WithNamespace("b").WithName("j-2");
        var fromTree = Edit(tree);
        var fromCompact = Edit(compact);

        Assert.True(fromCompact.IsCompact);
        Assert.Equal(fromTree.ToJsonString(), fromCompact.ToJsonString());
        Assert.Equal("""{"apiVersion":"batch/v1","kind":"Job","metadata":{"generateName":"j-","labels":{"a":"b"},"namespace":"b","name":"j-2"},"spec":{"x":1}}""",
            fromCompact.ToJsonString());
        Assert.True(JsonNode.DeepEquals(fromTree.ToJsonObject(), fromCompact.ToJsonObject()));
        Assert.Equal("j-2", fromCompact.Name);
        Assert.Equal("b", fromCompact.Namespace);
        Assert.Equal("j-2", fromCompact.GetString("metadata", "name"));
        Assert.Equal("b", fromCompact.GetString("metadata", "namespace"));
        Assert.True(JsonNode.DeepEquals(fromTree.Select("metadata"), fromCompact.Select("metadata")));
        Assert.True(JsonNode.DeepEquals(fromTree.Select(), fromCompact.Select()));
        Assert.Equal(1, fromCompact.GetInt64("spec", "x"));
        Assert.Equal("b", fromCompact.Labels["a"]);
        // The original is untouched, and later copies keep the edits.
        Assert.Equal(bare, compact.ToJsonString());
        Assert.Equal(string.Empty, compact.Name);
        var annotated = fromCompact.WithAnnotation("k", "v");
        Assert.Equal(fromTree.WithAnnotation("k", "v").ToJsonString(), annotated.ToJsonString());
        Assert.Equal("j-2", annotated.Name);
        Assert.Equal("v", annotated.Annotations["k"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void StringMaps_OfAnySize_ReadAsDictionariesInDocumentOrder(int count)
    {
        var annotations = new JsonObject();
        for (var i = count - 1; i >= 0; i--)
        {
            annotations[$"k{i}"] = $"v{i}";
        }
        var obj = KubeObject.Compact(new JsonObject
        {
            ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = "c", ["annotations"] = annotations },
        });

        Assert.Equal(count, obj.Annotations.Count);
        Assert.Equal(Enumerable.Range(0, count).Reverse().Select(i => $"k{i}"), obj.Annotations.Keys);
        Assert.Equal(Enumerable.Range(0, count).Reverse().Select(i => $"v{i}"), obj.Annotations.Values);
        Assert.Equal("v0", obj.Annotations["k0"]);
        Assert.True(obj.Annotations.ContainsKey($"k{count - 1}"));
        Assert.False(obj.Annotations.ContainsKey("K0"));
        Assert.False(obj.Annotations.TryGetValue("missing", out _));
        Assert.Throws<KeyNotFoundException>(() => obj.Annotations["missing"]);
    }
}
