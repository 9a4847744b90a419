using HookSync.CiPlatforms;
using HookSync.Cli.Options;
using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Kubernetes.Credentials;

namespace HookSync.Cli.Commands;

/// <summary>The sync verb's options, validated and converted once (nothing below the Cli sees the options type).</summary>
internal sealed record SyncRequest(
    SourceRequest Source,
    CredentialOptions Credentials,
    SyncOptions Run,
    bool Simulate,
    IReadOnlyList<string> SimulateFail,
    TimeSpan SimulateLatency,
    LockRequest? Lock)
{
    /// <summary>The faults <c>--simulate-fault</c> injects into the simulator, in the order given.</summary>
    public IReadOnlyList<Cluster.SimulatedFault> SimulateFaults { get; init; } = [];

    /// <summary>The inventory and prune settings; null with <c>--no-inventory</c>.</summary>
    public InventoryRequest? Inventory { get; init; }

    /// <summary>The file the simulator keeps its objects in between runs (<c>--simulate-state</c>), absolute.</summary>
    public string? SimulateState { get; init; }

    /// <summary>The simulator loads <see cref="SimulateState"/> but does not save it (a diff changes nothing).</summary>
    public bool ReadOnlyState { get; init; }

    /// <summary>The rights the simulated identity lacks (<c>--simulate-deny</c>, docs/simulator.md).</summary>
    public IReadOnlyList<Simulator.AccessDenial> SimulateDeny { get; init; } = [];

    /// <summary><c>--skip-preflight</c>: apply without checking the credentials' rights first.</summary>
    public bool SkipPreflight { get; init; }

    /// <summary><c>--artifacts-dir</c>, resolved against the current directory; null for the platform's default.</summary>
    public string? ArtifactsDirectory { get; init; }

    public static SyncRequest From(SyncVerbOptions o, CiPlatformResolver platforms, IEnvironment env, string currentDirectory)
    {
        if (o.Wait && o.NoWait)
        {
            throw new UsageException("--wait and --no-wait contradict each other; give one.");
        }
        if (o.Concurrency < 1)
        {
            throw new UsageException($"--concurrency must be 1 or more, not {o.Concurrency}.");
        }
        if (o.DryRunConcurrency < 1)
        {
            throw new UsageException($"--dry-run-concurrency must be 1 or more, not {o.DryRunConcurrency}.");
        }
        if (o.SimulateLatency < 0)
        {
            throw new UsageException($"--simulate-latency must be 0 or more milliseconds, not {o.SimulateLatency}.");
        }
        var simulateFail = o.SimulateFail.Where(s => s.Length > 0).ToList();
        var simulateFault = o.SimulateFault.Where(s => s.Length > 0).ToList();
        if (!o.Simulate && (simulateFail.Count > 0 || simulateFault.Count > 0 || o.SimulateLatency > 0 || Blank(o.SimulateState) is not null))
        {
            throw new UsageException("--simulate-fail, --simulate-fault, --simulate-latency and --simulate-state only work with --simulate.");
        }
        var simulateDeny = SimulateDenials(o.SimulateDeny, o.Simulate);
        var faults = simulateFault.Select(text => new Cluster.SimulatedFault(text, Cluster.SimulatedFaults.Parse(text))).ToList();
        foreach (var target in simulateFail.Where(t => !t.Contains('/', StringComparison.Ordinal)))
        {
            throw new UsageException($"--simulate-fail takes KIND/NAME (e.g. Job/migrate-), not '{target}'.");
        }
        if (o.NoInventory && (o.Prune || o.PruneConfirm))
        {
            throw new UsageException("--prune needs the inventory to know what this app applied before; drop --no-inventory.");
        }
        if (o.PruneConfirm && !o.Prune)
        {
            throw new UsageException("--prune-confirm confirms pruning objects annotated Prune=confirm; it needs --prune.");
        }
        foreach (var target in simulateFail.Where(t => !Simulator.FailTarget.IsValid(t)))
        {
            throw new UsageException(
                $"--simulate-fail takes KIND/NAME or KIND/NAME=CAUSE, CAUSE one of {string.Join(", ", Simulator.FailTarget.CauseNames)}; not '{target}'.");
        }
        var source = SourceRequest.From(o, platforms, env, currentDirectory);
        var run = new SyncOptions
        {
            DryRun = o.DryRun,
            Wait = !o.NoWait,
            ForceConflicts = ParseBool(o.ForceConflicts, "--force-conflicts"),
            Concurrency = o.Concurrency,
            DryRunConcurrency = o.DryRunConcurrency,
            Timeout = Duration(o.Timeout, "--timeout"),
            HookTimeout = string.IsNullOrWhiteSpace(o.HookTimeout) ? null : Duration(o.HookTimeout, "--hook-timeout"),
            StuckAfter = o.StuckAfter.Trim() == "0" ? TimeSpan.Zero : Duration(o.StuckAfter, "--stuck-after", allowZero: true),
            SyncFailTimeout = Duration(o.SyncFailTimeout, "--syncfail-timeout"),
            WaveDelay = string.IsNullOrWhiteSpace(o.WaveDelay) ? TimeSpan.Zero : Duration(o.WaveDelay, "--wave-delay", allowZero: true),
            AppName = AppName(o.App, platforms.RepositoryName(env), source.WorkspaceDirectory, source.Repo),
            PrunePropagation = source.RunOptions[SyncOptionNames.PrunePropagationPolicy] switch
            {
                "background" => DeletePropagation.Background,
                "orphan" => DeletePropagation.Orphan,
                _ => DeletePropagation.Foreground,
            },
        };
        var credentials = new CredentialOptions(Blank(o.Kubeconfig) is { } k ? Path.GetFullPath(k, currentDirectory) : null,
            Blank(o.Context), Blank(o.Server), o.InsecureSkipTlsVerify);
        source = source with { Render = source.Render with { AppName = run.AppName } };
        // A dry run changes nothing, so it needs no lock and never waits for one.
        var runLock = o.NoLock || o.DryRun ? null : new LockRequest(Duration(o.LockTimeout, "--lock-timeout", allowZero: true), Blank(o.LockNamespace));
        return new SyncRequest(source, credentials, run, o.Simulate, simulateFail, TimeSpan.FromMilliseconds(o.SimulateLatency), runLock)
        {
            SimulateFaults = faults,
            SimulateState = Blank(o.SimulateState) is { } state ? Path.GetFullPath(state, currentDirectory) : null,
            Inventory = o.NoInventory ? null : new InventoryRequest(Blank(o.InventoryNamespace), o.Prune, o.PruneConfirm),
            SimulateDeny = simulateDeny,
            SkipPreflight = o.SkipPreflight,
            ArtifactsDirectory = Blank(o.ArtifactsDir) is { } artifacts ? Path.GetFullPath(artifacts, currentDirectory) : null,
        };
    }

    private static List<Simulator.AccessDenial> SimulateDenials(IEnumerable<string> texts, bool simulate)
    {
        var given = texts.Where(s => s.Length > 0).ToList();
        if (!simulate && given.Count > 0)
        {
            throw new UsageException("--simulate-deny only works with --simulate.");
        }
        try
        {
            return [.. given.Select(Simulator.AccessDenial.Parse)];
        }
        catch (FormatException e)
        {
            throw new UsageException($"--simulate-deny: {e.Message}.");
        }
    }

    private static TimeSpan Duration(string text, string option, bool allowZero = false)
    {
        if (DurationParser.TryParse(text, out var value) && (allowZero || value > TimeSpan.Zero))
        {
            return value;
        }
        throw new UsageException($"{option} takes a duration such as 90s, 10m or 1h, not '{text}'.");
    }

    /// <summary>A true/false option value (also 1/0, yes/no); anything else is a usage error naming the option.</summary>
    internal static bool ParseBool(string text, string option) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new UsageException($"{option} takes true or false, not '{text}'."),
    };

    // D-11: the tracking id names the application; default: the repository's name (--repo, else the CI platform's, else the workspace).
    internal static string AppName(string? app, string? platformRepository, string workspace, string? repo)
    {
        if (Blank(app) is { } given)
        {
            return given;
        }
        var candidate = Blank(repo) ?? Blank(platformRepository) ?? workspace;
        var name = candidate.TrimEnd('/', '\\');
        name = name[(name.LastIndexOfAny(['/', '\\', ':']) + 1)..];
        name = name.EndsWith(".git", StringComparison.Ordinal) ? name[..^4] : name;
        return name.Length == 0 ? "hooksync" : name;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
