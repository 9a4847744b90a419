using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Core.Ports;
using HookSync.Testing.Cluster;

namespace HookSync.Cli.Tests;

/// <summary>sync opens the cluster and reads the manifests at once (neither needs the other until discovery).</summary>
public sealed class OpenWhileReadingTests
{
    [Fact]
    public async Task Sync_ReadsTheManifestsWhileTheClusterIsStillOpening()
    {
        // The connector answers only once the manifests were read: one after the other, the run would never get there.
        var read = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cluster = new InMemoryCluster(TimeProvider.System);
        var fixture = new AppFixture
        {
            UseSystemTime = true,
            Clusters = new GatedConnector(new InMemoryConnector(cluster), read.Task),
            WrapManifests = inner => new SignallingSource(inner, read),
        };

        var result = await fixture.RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--dry-run", "--ci", "none");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("Phases: PreSync=DryRun, Sync=DryRun, PostSync=DryRun, SyncFail=DryRun", result.Out, StringComparison.Ordinal);
    }

    private sealed class GatedConnector(IClusterConnector inner, Task gate) : IClusterConnector
    {
        public async Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress,
            CancellationToken cancellationToken)
        {
            await gate.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return await inner.OpenAsync(request, redactor, progress, cancellationToken);
        }
    }

    private sealed class SignallingSource(IManifestSource inner, TaskCompletionSource read) : IManifestSource
    {
        public ManifestSet Load(ManifestQuery query)
        {
            var set = inner.Load(query);
            read.TrySetResult();
            return set;
        }
    }
}
