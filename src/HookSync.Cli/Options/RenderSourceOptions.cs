using CommandLine;

namespace HookSync.Cli.Options;

/// <summary>How each PATH is rendered: Kustomize, Helm or a render command, as an Argo CD application source (issue 10).</summary>
internal abstract class RenderSourceOptions
{
    [Option("source-type", Default = "auto", HelpText = "How each PATH is read: auto (kustomization file: kustomize; Chart.yaml: helm; else plain files), directory, kustomize or helm.")]
    public string SourceType { get; set; } = "auto";

    [Option("kustomize-binary", HelpText = "kustomize executable (default: kustomize on PATH, else kubectl kustomize). A path to kubectl uses kubectl kustomize.")]
    public string? KustomizeBinary { get; set; }

    [Option("kustomize-build-options", HelpText = "Extra arguments of kustomize build, as Argo CD's kustomize.buildOptions (e.g. \"--enable-helm --load-restrictor LoadRestrictionsNone\").")]
    public string? KustomizeBuildOptions { get; set; }

    [Option("helm-binary", HelpText = "helm executable (default: helm on PATH).")]
    public string? HelmBinary { get; set; }

    [Option("helm-release-name", HelpText = "Helm release name (default: the application name, as Argo CD).")]
    public string? HelmReleaseName { get; set; }

    [Option("helm-values", Max = 1, HelpText = "Values file, relative to the chart directory as Argo CD resolves it; later files win. Repeatable.")]
    public IEnumerable<string> HelmValues { get; set; } = [];

    [Option("helm-set", Max = 1, HelpText = "KEY=VALUE for helm --set; values are kept out of every log and message. Repeatable.")]
    public IEnumerable<string> HelmSet { get; set; } = [];

    [Option("helm-set-string", Max = 1, HelpText = "KEY=VALUE for helm --set-string. Repeatable.")]
    public IEnumerable<string> HelmSetString { get; set; } = [];

    [Option("helm-set-file", Max = 1, HelpText = "KEY=PATH for helm --set-file (PATH relative to the chart). Repeatable.")]
    public IEnumerable<string> HelmSetFile { get; set; } = [];

    [Option("include-crds", HelpText = "Render the chart's crds/ directory too (helm template --include-crds).")]
    public bool IncludeCrds { get; set; }

    [Option("helm-api-versions", Max = 1, HelpText = "API version the chart may test for (.Capabilities.APIVersions), e.g. monitoring.coreos.com/v1. Repeatable.")]
    public IEnumerable<string> HelmApiVersions { get; set; } = [];

    [Option("helm-kube-version", HelpText = "Kubernetes version the chart renders for (.Capabilities.KubeVersion), e.g. 1.31.0.")]
    public string? HelmKubeVersion { get; set; }

    [Option("render-command", HelpText = "Command that prints the manifests of each PATH (jsonnet, cdk8s, a script), run in that directory without a shell; quote words as in sh.")]
    public string? RenderCommand { get; set; }

    [Option("render-timeout", Default = "2m", HelpText = "Time limit for one render (kustomize, helm or the render command).")]
    public string RenderTimeout { get; set; } = "2m";
}
