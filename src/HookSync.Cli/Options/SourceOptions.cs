using CommandLine;
using HookSync.CiPlatforms;

namespace HookSync.Cli.Options;

/// <summary>Options every verb that reads manifests shares (README "What it does").</summary>
internal abstract class SourceOptions : RenderSourceOptions
{
    [Value(0, MetaName = "PATH", HelpText = "Files or directories relative to the workspace (default: .). Several may be given.")]
    public IEnumerable<string> Paths { get; set; } = [];

    [Option('R', "recursive", HelpText = "Descend into sub-directories (off by default, as kubectl apply -f).")]
    public bool Recursive { get; set; }

    [Option("include", Max = 1, HelpText = "Only read files matching this glob (relative to the workspace). Repeatable.")]
    public IEnumerable<string> Include { get; set; } = [];

    [Option("exclude", Max = 1, HelpText = "Skip files matching this glob (relative to the workspace). Repeatable.")]
    public IEnumerable<string> Exclude { get; set; } = [];

    [Option("namespace", HelpText = "Namespace for namespaced objects that name none (default: the context's namespace, else default).")]
    public string? Namespace { get; set; }

    [Option("revision", HelpText = "Revision used in generated hook names and reports (default: HEAD of the checkout).")]
    public string? Revision { get; set; }

    [Option("sync-option", Max = 1, HelpText = "An Argo CD sync option for the whole run, NAME=VALUE (e.g. PruneLast=true, Replace=true, Validate=false, ApplyOutOfSyncOnly=true, CreateNamespace=true, FailOnSharedResource=true, PrunePropagationPolicy=background). Repeatable; an object's own argocd.argoproj.io/sync-options annotation wins.")]
    public IEnumerable<string> SyncOption { get; set; } = [];

    [Option("strict", HelpText = "Treat warnings (ignored hook values, invalid waves, known footguns) as errors.")]
    public bool Strict { get; set; }

    [Option("workspace", HelpText = "Root of the checkout (default: " + PlatformHelp.WorkspaceVariables + ", else the current directory).")]
    public string? Workspace { get; set; }

    [Option("repo", HelpText = "Clone this repository instead of reading the workspace (token from HOOKSYNC_GIT_TOKEN).")]
    public string? Repo { get; set; }

    [Option("ref", HelpText = "Branch, tag or commit SHA to check out with --repo.")]
    public string? Ref { get; set; }

    [Option("ci", Default = "auto", HelpText = "Reporting platform: " + PlatformHelp.Choices + ".")]
    public string Ci { get; set; } = "auto";

    [Option("report", HelpText = "Write the JSON report to this file.")]
    public string? Report { get; set; }
}
