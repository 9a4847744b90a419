using HookSync.Core.Ports;

namespace HookSync.Benchmarks;

/// <summary>No environment variables: the simulator's kubeconfig is the only credential the sync benchmark uses.</summary>
internal sealed class EmptyEnvironment : IEnvironment
{
    public string? Get(string name) => null;
}
