using HookSync.Cli;
using HookSync.Cli.Cluster;
using HookSync.Core.Ports;
using HookSync.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Cli.Tests;

/// <summary>Runs the whole app in process with captured output, a fixed clock and a fake environment.</summary>
internal sealed class AppFixture
{
    /// <summary>The fixed start time of every run: Unix 1700000000 (2023-11-14T22:13:20Z).</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public FakeTimeProvider Time { get; } = new(Start);

    public string CurrentDirectory { get; set; } = RepoPaths.Root;

    /// <summary>Syncs wait on the clock (health, watches), so they run with real time; plans use the fixed fake clock.</summary>
    public bool UseSystemTime { get; init; }

    /// <summary>When set, syncs talk to this instead of the credentials' cluster or the simulator.</summary>
    public IClusterConnector? Clusters { get; init; }

    /// <summary>When set, wraps the manifest loader (to watch when the manifests are read).</summary>
    public Func<IManifestSource, IManifestSource>? WrapManifests { get; init; }

    public async Task<AppResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var deps = Composition.Create(
            new FixtureEnvironment(Environment),
            stdout,
            stderr,
            UseSystemTime ? TimeProvider.System : Time,
            outputIsTerminal: false,
            CurrentDirectory);
        if (Clusters is not null)
        {
            deps = deps with { Clusters = Clusters };
        }
        if (WrapManifests is not null)
        {
            deps = deps with { Manifests = WrapManifests(deps.Manifests) };
        }
        using var signal = new ShutdownSignal();
        var exit = await new HookSyncApp(deps).RunAsync(args, signal);
        return new AppResult(exit, stdout.ToString(), stderr.ToString());
    }

    private sealed class FixtureEnvironment(Dictionary<string, string> values) : IEnvironment
    {
        public string? Get(string name) => values.GetValueOrDefault(name);
    }
}
