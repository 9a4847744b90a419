using HookSync.Core.Ports;

namespace HookSync.Cli.Cluster;

/// <summary>An open cluster for one sync: the client, where it points, and how to let go of it.</summary>
/// <param name="Client">The cluster client the executor talks to.</param>
/// <param name="Target">Where the sync goes, without secrets: the server URL and where its credentials came from.</param>
/// <param name="DefaultNamespace">The kubeconfig context's namespace, if any.</param>
/// <param name="Close">Releases what the connector opened (the client, a started simulator); nothing for a borrowed client.</param>
internal sealed record ClusterSession(IClusterClient Client, string Target, string? DefaultNamespace, Func<ValueTask> Close)
    : IAsyncDisposable
{
    /// <summary>The <c>--simulate-fault</c> options that matched no request of the run (a rehearsal that tested nothing).</summary>
    public Func<IReadOnlyList<string>> FaultsThatNeverFired { get; init; } = () => [];

    public ValueTask DisposeAsync() => Close();
}
