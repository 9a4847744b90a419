using HookSync.Core.Ports;

namespace HookSync.Rendering.Helm;

/// <summary>
/// The argument list of <c>helm template</c> for one chart, in the order Argo CD's repo server builds it: release name,
/// chart, namespace, values files (later files win), <c>--set</c> flags, CRDs, then the cluster's capabilities.
/// </summary>
/// <remarks>The list is handed to the process as separate arguments and never printed: <c>--set</c> values may be secrets.</remarks>
internal static class HelmArguments
{
    /// <param name="chart">The chart directory as helm is given it (the process runs in the chart directory, so <c>.</c>).</param>
    /// <param name="settings">The render settings (release name defaults to the application name).</param>
    public static IReadOnlyList<string> Template(string chart, RenderSettings settings)
    {
        var helm = settings.Helm;
        var release = string.IsNullOrWhiteSpace(helm.ReleaseName) ? settings.AppName : helm.ReleaseName;
        var args = new List<string> { "template", release, chart };
        if (!string.IsNullOrWhiteSpace(settings.Namespace))
        {
            args.Add("--namespace");
            args.Add(settings.Namespace);
        }
        foreach (var file in helm.ValueFiles)
        {
            args.Add("--values");
            args.Add(file);
        }
        Repeat(args, "--set", helm.Set);
        Repeat(args, "--set-string", helm.SetString);
        Repeat(args, "--set-file", helm.SetFile);
        if (helm.IncludeCrds)
        {
            args.Add("--include-crds");
        }
        foreach (var version in helm.ApiVersions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            args.Add("--api-versions");
            args.Add(version);
        }
        if (!string.IsNullOrWhiteSpace(helm.KubeVersion))
        {
            args.Add("--kube-version");
            args.Add(helm.KubeVersion);
        }
        return args;
    }

    /// <summary><c>helm dependency build</c> of the chart in the working directory.</summary>
    public static IReadOnlyList<string> DependencyBuild(string chart) => ["dependency", "build", chart];

    /// <summary>The values given with <c>--set</c> and <c>--set-string</c>: they are kept out of every message.</summary>
    public static IEnumerable<string> SecretValues(HelmSettings helm) =>
        helm.Set.Concat(helm.SetString)
            .Select(pair => pair.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? pair[(eq + 1)..] : string.Empty)
            .Where(value => value.Trim().Length >= 4);

    private static void Repeat(List<string> args, string flag, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            args.Add(flag);
            args.Add(value);
        }
    }
}
