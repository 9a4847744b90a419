using System.Diagnostics;
using System.Text;
using HookSync.Core.Diagnostics;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Manifests.Tests;

public sealed class LimitsTests
{
    private static ManifestSet Load(TempWorkspace ws, ManifestLoaderOptions options, string path) =>
        new ManifestLoader(options).Load(new ManifestQuery(ws.Root, [path], false, [], []));

    [Fact]
    public void Load_FileOverTheSizeLimit_IsAnErrorAndNotParsed()
    {
        using var ws = new TempWorkspace();
        ws.Write("big.yaml", Manifests.ConfigMap("big") + new string('#', 4096) + "\n");

        var set = Load(ws, new ManifestLoaderOptions(MaxFileBytes: 1024), "big.yaml");

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        Assert.Empty(set.Documents);
    }

    [Fact]
    public void Load_DocumentOverTheNodeLimit_IsAnAliasBombError()
    {
        using var ws = new TempWorkspace();
        var data = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: many\ndata:\n");
        for (var i = 0; i < 100; i++)
        {
            data.Append("  k").Append(i).Append(": v\n");
        }
        ws.Write("many.yaml", data.ToString());

        var set = Load(ws, new ManifestLoaderOptions(MaxNodesPerDocument: 50), "many.yaml");

        Assert.Equal(DiagnosticCodes.AliasBomb, set.SingleError().Code);
    }

    [Fact]
    public void Load_BillionLaughsWithDefaultLimits_IsRejectedWithoutExpandingIt()
    {
        using var ws = new TempWorkspace();
        var bomb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 12; level++)
        {
            var alias = $"*l{level - 1}";
            bomb.Append($"  l{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat(alias, 10))).Append("]\n");
        }
        ws.Write("bomb.yaml", bomb.ToString());
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var set = Load(ws, ManifestLoaderOptions.Default, "bomb.yaml");

        Assert.Equal(DiagnosticCodes.AliasBomb, set.SingleError().Code);
        // Ten to the twelfth nodes would not fit in memory; rejecting before expanding keeps allocations small.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 200_000_000);
    }

    [Fact]
    public void Load_ModerateAliasUse_IsAccepted()
    {
        using var ws = new TempWorkspace();
        ws.Write("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  labels: &l {app: web}\n  annotations: *l\n");

        var set = Load(ws, ManifestLoaderOptions.Default, "ok.yaml");

        Assert.Empty(set.Diagnostics);
        Assert.Equal("web", Assert.Single(set.Documents).Object.Annotations["app"]);
    }

    [Fact]
    public void Load_NestingWithinTheDepthLimit_IsAccepted()
    {
        using var ws = new TempWorkspace();
        ws.Write("deep.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: " + new string('[', 150) + new string(']', 150) + "\n");

        var set = Load(ws, ManifestLoaderOptions.Default, "deep.yaml");

        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Load_AliasThatWouldExceedTheDepthLimit_IsRejected()
    {
        using var ws = new TempWorkspace();
        ws.Write("deep.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\na: &a " + new string('[', 8) + new string(']', 8) + "\nb: " + new string('[', 5) + "*a" + new string(']', 5) + "\n");

        var set = Load(ws, new ManifestLoaderOptions(MaxDepth: 10), "deep.yaml");

        var error = set.SingleError();
        Assert.Equal(DiagnosticCodes.AliasBomb, error.Code);
        Assert.Equal(6, error.Source?.Line);
    }
}
