using HookSync.Git;
using HookSync.Manifests;
using HookSync.Rendering;

namespace HookSync.Cli;

/// <summary>Wires the real adapters by hand: plain constructors, no container (architecture §3.4).</summary>
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
        new ManifestLoader(),
        new ManifestRenderer(TimeProvider.System, Environment.GetEnvironmentVariable("PATH")),
        new RenderedManifestParser());
}
