using HookSync.Git;
using HookSync.Manifests;

namespace HookSync.Cli;

/// <summary>Wires the real adapters by hand: plain constructors, no container (docs/architecture.md).</summary>
internal static class Composition
{
    public static HookSyncDependencies CreateDefault() => new(
        new SystemEnvironment(),
        Console.Out,
        Console.Error,
        TimeProvider.System,
        OutputIsTerminal: !Console.IsOutputRedirected,
        Environment.CurrentDirectory,
        new GitWorkspaceProvider(),
        new ManifestLoader());
}
