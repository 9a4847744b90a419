using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Core.Ports;
using HookSync.Testing.Cluster;
using Moq;

namespace HookSync.Cli.Tests;

/// <summary>The whole console output of a failing run and of an unreachable cluster: every line once, every fact once.</summary>
public sealed class OneFactOnceTests : IDisposable
{
    private readonly InMemoryCluster _cluster = new(TimeProvider.System) { CompletionDelay = TimeSpan.FromMilliseconds(20) };

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public async Task FailedHook_EveryLineOnceAndTheMessageOnce()
    {
        _cluster.Script("Job", "webapp-migrate-", new ObjectBehaviour { Outcome = ObjectOutcome.Fail });

        var result = await new AppFixture { UseSystemTime = true, Clusters = new InMemoryConnector(_cluster) }
            .RunAsync("sync", "examples/webapp", "--revision", "abc1234");

        Assert.Equal(10, result.ExitCode);
        AssertNoDuplicateLines(result);
        Assert.Equal(1, Count(result.Out + result.Error, "one or more synchronization tasks completed unsuccessfully"));
        Assert.Equal(1, Count(result.Out + result.Error, "Result: "));
    }

    [Fact]
    public async Task UnreachableCluster_CannotReachSaidOnce_AndThePlanIsShown()
    {
        var result = await new AppFixture { Clusters = new UnreachableConnector() }.RunAsync("sync", "examples/webapp", "--revision", "abc1234", "--app", "webapp");

        Assert.Equal(4, result.ExitCode);
        AssertNoDuplicateLines(result);
        var all = result.Out + result.Error;
        Assert.Equal(1, Count(all, "cannot reach"));
        Assert.Equal(1, Count(all, "Connection refused"));
        Assert.Contains("nothing was applied to app webapp: 8 tasks planned at revision abc1234, none run (the cluster was not reached)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Phases: PreSync=NotRun, Sync=NotRun, PostSync=NotRun, SyncFail=NotRun", result.Out, StringComparison.Ordinal);
    }

    private static int Count(string text, string fact) => text.Split(fact).Length - 1;

    private static void AssertNoDuplicateLines(AppResult result)
    {
        var lines = (result.Out + result.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var repeated = lines.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "repeated lines:\n" + string.Join('\n', repeated) + "\n--- output:\n" + result.Out + result.Error);
    }

    /// <summary>A cluster whose API server refuses every connection (what the Kubernetes adapter reports after its retries).</summary>
    private sealed class UnreachableConnector : IClusterConnector
    {
        public Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken)
        {
            var refused = new ClusterException(ClusterFailureKind.Unreachable,
                "cannot reach the Kubernetes API server at https://127.0.0.1:1: Connection refused (127.0.0.1:1)");
            var client = new Mock<IClusterClient>();
            client.Setup(c => c.FindResourceAsync(It.IsAny<Core.Model.GroupVersionKind>(), It.IsAny<CancellationToken>())).ThrowsAsync(refused);
            return Task.FromResult(new ClusterSession(client.Object, "https://127.0.0.1:1", "default", () => ValueTask.CompletedTask));
        }
    }
}
