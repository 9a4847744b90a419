using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests;

/// <summary>The published binary against a real cluster, when one is provided through HOOKSYNC_E2E_KUBECONFIG.</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class RealClusterTests(PublishedBinary binary)
{
    [ClusterFact]
    public async Task Sync_WebappIntoRealCluster_Exits0()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");
        var app = "e2e-" + Guid.NewGuid().ToString("N")[..8];

        var run = await ci.Runner.RunAsync("sync", "--kubeconfig", ClusterFactAttribute.KubeconfigPath!,
            "--revision", CiWorkspace.Revision, "--app", app, "--timeout", "10m", "deploy");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Succeeded", GitHubOutputFile.Parse(ci.OutputPath)["result"]);
    }
}
