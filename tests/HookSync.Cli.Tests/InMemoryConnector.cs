using HookSync.Cli.Cluster;
using HookSync.Cli.Commands;
using HookSync.Core.Ports;
using HookSync.Testing.Cluster;

namespace HookSync.Cli.Tests;

/// <summary>Hands every sync the same in-memory cluster; the test owns it, so closing the session leaves it alone.</summary>
internal sealed class InMemoryConnector(InMemoryCluster cluster) : IClusterConnector
{
    public const string Target = "the in-memory cluster";

    public Task<ClusterSession> OpenAsync(SyncRequest request, ISecretRedactor redactor, Action<string> progress, CancellationToken cancellationToken) =>
        Task.FromResult(new ClusterSession(cluster, Target, "default", () => ValueTask.CompletedTask));
}
