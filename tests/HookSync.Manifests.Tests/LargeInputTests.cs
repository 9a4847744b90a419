using System.Text;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

/// <summary>Large inputs load under the default limits and are held compactly (issue 13: plan memory).</summary>
/// <remarks>Not run in parallel with other tests: the retained-bytes test reads the whole managed heap.</remarks>
[Collection(LargeInputCollection.Name)]
public sealed class LargeInputTests
{
    private const int Objects = 20_000;

    private static string ManyDocuments(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("---\n").Append(Manifests.ConfigMap($"cm-{i:00000}"))
                .Append("  other: value\n");
        }
        return text.ToString();
    }

    private static ManifestSet LoadAll(TempWorkspace ws) =>
        new ManifestLoader().Load(new ManifestQuery(ws.Root, ["."], false, [], []));

    [Fact]
    public void Load_TwentyThousandDocuments_LoadUnderTheDefaultLimits()
    {
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", ManyDocuments(Objects));

        var set = LoadAll(ws);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(Objects, set.Documents.Count);
        Assert.All(set.Documents, d => Assert.True(d.Object.IsCompact));
        Assert.Equal("cm-19999", set.Documents[^1].Object.Name);
        Assert.Equal("app.yaml:" + (1 + (Objects - 1) * 8 + 1), set.Documents[^1].Source.ToString());
        Assert.Equal("value", set.Documents[^1].Object.GetString("data", "other"));
    }

    [Fact]
    public void Load_HoldsLoadedObjectsCompactly()
    {
        using var ws = new TempWorkspace();
        ws.Write("app.yaml", ManyDocuments(Objects));
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var set = LoadAll(ws);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.Equal(Objects, set.Documents.Count);
        // About 0.6 KB per object when measured; JsonNode trees and line maps kept per object cost over 3.5 KB. The bound
        // leaves room for runtime and allocator differences without letting the trees come back.
        Assert.InRange(retained / Objects, 0, 2048);
        GC.KeepAlive(set);
    }
}
