using CommandLine;
using CommandLine.Text;

namespace HookSync.Cli.Options;

/// <summary>The <c>sync</c> verb: run the phased sync against a cluster (or the simulator).</summary>
[Verb("sync", isDefault: false, HelpText = "Run the phased sync: PreSync hooks, waves of resources and Sync hooks, PostSync hooks; SyncFail hooks on failure.")]
internal sealed class SyncVerbOptions : SourceOptions
{
    [Option("kubeconfig", HelpText = "Path of a kubeconfig file (default: KUBECONFIG, else ~/.kube/config). Content goes in HOOKSYNC_KUBECONFIG.")]
    public string? Kubeconfig { get; set; }

    [Option("context", HelpText = "kubeconfig context to use.")]
    public string? Context { get; set; }

    [Option("server", HelpText = "API server URL, with HOOKSYNC_TOKEN and HOOKSYNC_CA_DATA (base64 PEM) in the environment.")]
    public string? Server { get; set; }

    [Option("insecure-skip-tls-verify", HelpText = "Do not verify the API server's certificate (with --server).")]
    public bool InsecureSkipTlsVerify { get; set; }

    [Option("concurrency", Default = 8, HelpText = "Parallel API writes within one kind of a wave (1 = sequential).")]
    public int Concurrency { get; set; } = 8;

    [Option("dry-run-concurrency", Default = 64, HelpText = "Parallel server-side dry-runs before the first apply (they write nothing, so wider than --concurrency).")]
    public int DryRunConcurrency { get; set; } = 64;

    [Option("timeout", Default = "30m", HelpText = "Time limit for the whole run (e.g. 90s, 10m, 1h).")]
    public string Timeout { get; set; } = "30m";

    [Option("hook-timeout", HelpText = "Default time limit for each hook (annotation hooksync.dev/hook-timeout wins).")]
    public string? HookTimeout { get; set; }

    [Option("stuck-after", Default = "2m", HelpText = "Fail a task whose pod stays this long in a state that cannot resolve by itself (image pull back-off, config error, unschedulable, crash loop); 0 disables (annotation hooksync.dev/stuck-after wins).")]
    public string StuckAfter { get; set; } = "2m";

    [Option("syncfail-timeout", Default = "5m", HelpText = "Time limit for the SyncFail hooks.")]
    public string SyncFailTimeout { get; set; } = "5m";

    [Option("wave-delay", Default = "0s", HelpText = "Pause between waves (Argo CD uses 2s).")]
    public string WaveDelay { get; set; } = "0s";

    [Option("wait", HelpText = "After the last wave, wait until every applied resource is healthy (the default).")]
    public bool Wait { get; set; }

    [Option("no-wait", HelpText = "Do not health-wait the final wave (Argo CD's behaviour).")]
    public bool NoWait { get; set; }

    [Option("force-conflicts", Default = "true", HelpText = "Take over fields owned by other field managers (true|false).")]
    public string ForceConflicts { get; set; } = "true";

    [Option("dry-run", HelpText = "Server-side dry-run of every task; nothing changes, no hook runs.")]
    public bool DryRun { get; set; }

    [Option("app", HelpText = "Application name in the tracking annotation (default: the repository name).")]
    public string? App { get; set; }

    [Option("lock-timeout", Default = "10m", HelpText = "How long to wait while another sync of the same app holds its lock (then exit 5).")]
    public string LockTimeout { get; set; } = "10m";

    [Option("lock-namespace", HelpText = "Namespace of the lock's Lease (default: the sync's default namespace).")]
    public string? LockNamespace { get; set; }

    [Option("no-lock", HelpText = "Do not take the per-app lock (two pipelines may then sync the same app at once).")]
    public bool NoLock { get; set; }

    [Option("prune", HelpText = "Delete objects this app applied before (its inventory) that the manifests no longer have. Off by default, as in Argo CD; without it they are reported as \"would be pruned\".")]
    public bool Prune { get; set; }

    [Option("prune-confirm", HelpText = "Also prune objects annotated argocd.argoproj.io/sync-options: Prune=confirm.")]
    public bool PruneConfirm { get; set; }

    [Option("inventory-namespace", HelpText = "Namespace of the app's inventory ConfigMap hooksync-<app> (default: the sync's default namespace).")]
    public string? InventoryNamespace { get; set; }

    [Option("no-inventory", HelpText = "Neither read nor write the inventory (then nothing can be pruned later).")]
    public bool NoInventory { get; set; }

    [Option("skip-preflight", HelpText = "Do not check with SelfSubjectAccessReviews, before anything is applied, that the credentials may do everything the plan needs.")]
    public bool SkipPreflight { get; set; }

    [Option("artifacts-dir", HelpText = "Where the object YAML, events and pod logs of failed tasks go (default: " + CiPlatforms.PlatformHelp.ArtifactsDefaults + ").")]
    public string? ArtifactsDir { get; set; }

    [Option("simulate", HelpText = "Run against the built-in cluster simulator instead of a real cluster.")]
    public bool Simulate { get; set; }

    [Option("simulate-fail", Max = 1, HelpText = "Make that hook or resource fail in the simulator (KIND/NAME; generateName prefixes match), or fail with a real cluster's cause (KIND/NAME=CAUSE: ImagePullBackOff, CrashLoopBackOff, OOMKilled, Unschedulable, QuotaExceeded, CreateContainerConfigError, WebhookDenied, Forbidden, Conflict, Immutable, PvcPending). Repeatable.")]
    public IEnumerable<string> SimulateFail { get; set; } = [];

    [Option("simulate-fault", Max = 1, HelpText = "Inject API faults into the simulator: KIND[,verb=..][,path=..][,after=N][,rate=0..1][,seed=N][,max=N][,delay=..]; KIND is 429, 500, 503, 409, reset, lost-response, slow, watch-cut or watch-expired. Repeatable.")]
    public IEnumerable<string> SimulateFault { get; set; } = [];

    [Option("simulate-state", HelpText = "With --simulate: load the simulated cluster from this file (when it exists) and save it there at the end, so a later run sees what this one applied (rehearse --prune, diff, re-runs).")]
    public string? SimulateState { get; set; }

    [Option("simulate-deny", Max = 1, HelpText = "The simulated identity lacks this right: VERB:RESOURCE[:NAMESPACE] (e.g. delete:jobs, get:pods/log:web); the preflight reports it, a request gets 403. Repeatable.")]
    public IEnumerable<string> SimulateDeny { get; set; } = [];

    [Option("simulate-latency", Default = 0, HelpText = "Milliseconds added to every simulated API request.")]
    public int SimulateLatency { get; set; }

    [Usage(ApplicationAlias = "hooksync")]
    public static IEnumerable<Example> Examples =>
    [
        new("Rehearse a sync against the built-in simulator", ExampleStyle.Settings, new SyncVerbOptions { Paths = ["examples/webapp"], Simulate = true }),
        new("Rehearse a failing PreSync hook (exit 10)", ExampleStyle.Settings, new SyncVerbOptions { Paths = ["examples/webapp"], Simulate = true, SimulateFail = ["Job/webapp-migrate-"] }),
        new("Sync and delete what left the manifests since the last sync", ExampleStyle.Settings, new SyncVerbOptions { Paths = ["deploy/"], Prune = true }),
        new("Sync with kubeconfig content from a pipeline secret (HOOKSYNC_KUBECONFIG)", ExampleStyle.Settings, new SyncVerbOptions { Paths = ["deploy/"], Timeout = "15m", HookTimeout = "5m" }),
        new("Sync with a server URL and token (HOOKSYNC_TOKEN, HOOKSYNC_CA_DATA)", ExampleStyle.Settings, new SyncVerbOptions { Paths = ["deploy/"], Server = "https://k8s.example.com:6443" }),
    ];
}
