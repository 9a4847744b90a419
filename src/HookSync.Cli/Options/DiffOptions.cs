using CommandLine;
using CommandLine.Text;

namespace HookSync.Cli.Options;

/// <summary>The <c>diff</c> verb: what a sync would change, object by object, against the live cluster (or the simulator).</summary>
[Verb("diff", HelpText = "Show what a sync would change: a server-side dry-run of every resource against the live cluster, as a unified YAML diff per object. Exit 0: no differences, 1: differences, >1: error.")]
internal sealed class DiffOptions : SourceOptions
{
    [Option("format", Default = "text", HelpText = "Output format: text (unified diff per object, colour on a terminal) or json.")]
    public string Format { get; set; } = "text";

    [Option("kubeconfig", HelpText = "Path of a kubeconfig file (default: KUBECONFIG, else ~/.kube/config). Content goes in HOOKSYNC_KUBECONFIG.")]
    public string? Kubeconfig { get; set; }

    [Option("context", HelpText = "kubeconfig context to use.")]
    public string? Context { get; set; }

    [Option("server", HelpText = "API server URL, with HOOKSYNC_TOKEN and HOOKSYNC_CA_DATA (base64 PEM) in the environment.")]
    public string? Server { get; set; }

    [Option("insecure-skip-tls-verify", HelpText = "Do not verify the API server's certificate (with --server).")]
    public bool InsecureSkipTlsVerify { get; set; }

    [Option("force-conflicts", Default = "true", HelpText = "Dry-run as the sync applies: take over fields owned by other field managers (true|false).")]
    public string ForceConflicts { get; set; } = "true";

    [Option("app", HelpText = "Application name in the tracking annotation, as the sync writes it (default: the repository name).")]
    public string? App { get; set; }

    [Option("simulate", HelpText = "Diff against the built-in cluster simulator (it starts empty: every object is a create).")]
    public bool Simulate { get; set; }

    [Option("inventory-namespace", HelpText = "Namespace of the app's inventory ConfigMap hooksync-<app>, as the sync uses it (default: the default namespace); its leftovers are shown as prunes.")]
    public string? InventoryNamespace { get; set; }

    [Option("simulate-state", HelpText = "With --simulate: load the simulated cluster from this file, as saved by sync --simulate --simulate-state (it is not written back).")]
    public string? SimulateState { get; set; }

    [Option("simulate-latency", Default = 0, HelpText = "Milliseconds added to every simulated API request.")]
    public int SimulateLatency { get; set; }

    [Usage(ApplicationAlias = "hooksync")]
    public static IEnumerable<Example> Examples =>
    [
        new("Show what a sync of the example would change, against the built-in simulator", ExampleStyle.Settings, new DiffOptions { Paths = ["examples/webapp"], Simulate = true }),
        new("Review a deploy before it runs (credentials from HOOKSYNC_KUBECONFIG); exit 1 when anything would change", ExampleStyle.Settings, new DiffOptions { Paths = ["deploy/"] }),
        new("The same as data, for a pull-request comment or jq", ExampleStyle.Settings, new DiffOptions { Paths = ["deploy/"], Format = "json" }),
    ];
}
