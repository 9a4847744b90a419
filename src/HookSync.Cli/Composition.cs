using HookSync.CiPlatforms.Common;
using HookSync.Git;
using HookSync.Manifests;

namespace HookSync.Cli;

/// <summary>Wires the real adapters by hand: plain constructors, no container (architecture §3.4).</summary>
internal static class Composition
{
    public static HookSyncDependencies CreateDefault() => new(
        new SystemEnvironment(),
        // Every line the process prints passes the CI-command guard; reporters' own commands go through it as trusted lines.
        new GuardedWriter(Console.Out),
        new GuardedWriter(Console.Error),
        TimeProvider.System,
        OutputIsTerminal: !Console.IsOutputRedirected,
        Environment.CurrentDirectory,
        new GitWorkspaceProvider(),
        new ManifestLoader());
}
