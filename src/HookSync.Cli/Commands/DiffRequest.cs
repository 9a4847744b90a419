using HookSync.CiPlatforms;
using HookSync.Cli.Options;
using HookSync.Core.Execution;
using HookSync.Core.Ports;
using HookSync.Kubernetes.Credentials;

namespace HookSync.Cli.Commands;

/// <summary>The diff verb's options, validated and converted once; <see cref="Cluster"/> is what the cluster connector opens.</summary>
internal sealed record DiffRequest(string Format, SyncRequest Cluster)
{
    /// <summary>Where the app's inventory is (<c>--inventory-namespace</c>); null for the default namespace.</summary>
    public string? InventoryNamespace { get; init; }

    public SourceRequest Source => Cluster.Source;

    public string AppName => Cluster.Run.AppName;

    public bool ForceConflicts => Cluster.Run.ForceConflicts;

    public static DiffRequest From(DiffOptions o, CiPlatformResolver platforms, IEnvironment env, string currentDirectory)
    {
        if (o.Format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be text or json, not '{o.Format}'.");
        }
        if (o.SimulateLatency < 0)
        {
            throw new UsageException($"--simulate-latency must be 0 or more milliseconds, not {o.SimulateLatency}.");
        }
        if (!o.Simulate && (o.SimulateLatency > 0 || Blank(o.SimulateState) is not null))
        {
            throw new UsageException("--simulate-latency and --simulate-state only work with --simulate.");
        }
        var forceConflicts = SyncRequest.ParseBool(o.ForceConflicts, "--force-conflicts");
        var source = SourceRequest.From(o, platforms, env, currentDirectory);
        // D-11: the same application name as the sync, so the tracking annotation the dry-run writes matches the live one.
        var appName = SyncRequest.AppName(o.App, platforms.RepositoryName(env), source.WorkspaceDirectory, source.Repo);
        source = source with { Render = source.Render with { AppName = appName } };
        var run = new SyncOptions { DryRun = true, ForceConflicts = forceConflicts, AppName = appName };
        var credentials = new CredentialOptions(Blank(o.Kubeconfig) is { } k ? Path.GetFullPath(k, currentDirectory) : null,
            Blank(o.Context), Blank(o.Server), o.InsecureSkipTlsVerify);
        // A diff changes nothing: no lock, no simulated failures.
        return new DiffRequest(o.Format, new SyncRequest(source, credentials, run, o.Simulate, [], TimeSpan.FromMilliseconds(o.SimulateLatency), null)
        {
            SimulateState = Blank(o.SimulateState) is { } state ? Path.GetFullPath(state, currentDirectory) : null,
            ReadOnlyState = true,
        })
        {
            InventoryNamespace = Blank(o.InventoryNamespace),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
