using System.Text.RegularExpressions;
using HookSync.Core.Ports;
using HookSync.Rendering.Helm;

namespace HookSync.Cli.Commands;

/// <summary>Fills Helm's <c>--api-versions</c> and <c>--kube-version</c> from the cluster a sync targets, as Argo CD does; options given by hand win.</summary>
internal static partial class HelmCapabilities
{
    public static async Task<RenderSettings> ApplyAsync(RenderSettings settings, IClusterCapabilities cluster, CancellationToken cancellationToken)
    {
        var helm = settings.Helm;
        if (helm.ApiVersions.Count > 0 && helm.KubeVersion is not null)
        {
            return settings;
        }
        var capabilities = await cluster.ReadCapabilitiesAsync(cancellationToken);
        return settings with
        {
            Helm = helm with
            {
                ApiVersions = helm.ApiVersions.Count > 0 ? helm.ApiVersions : HelmApiVersions.FromDiscovery(capabilities.Resources),
                KubeVersion = helm.KubeVersion ?? Release(capabilities.KubeVersion),
            },
        };
    }

    // "v1.29.3-eks-adc7111" or "v1.31.2+k3s1": the suffix would make it a pre-release that charts' kubeVersion constraints reject.
    internal static string? Release(string? gitVersion) =>
        gitVersion is not null && ReleaseVersion().Match(gitVersion) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"^v?\d+\.\d+\.\d+")]
    private static partial Regex ReleaseVersion();
}
