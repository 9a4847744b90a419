namespace HookSync.Core.Ports;

/// <summary>What <c>helm template</c> is given, in the shape of an Argo CD application's Helm source.</summary>
/// <param name="ReleaseName">Release name; null means the application name, as Argo CD does.</param>
/// <param name="ValueFiles">Values files in the order given (later files win); relative to the chart directory.</param>
/// <param name="Set">KEY=VALUE pairs for <c>--set</c>, in order.</param>
/// <param name="SetString">KEY=VALUE pairs for <c>--set-string</c>, in order.</param>
/// <param name="SetFile">KEY=PATH pairs for <c>--set-file</c>, in order.</param>
/// <param name="IncludeCrds">Render the chart's <c>crds/</c> directory too.</param>
/// <param name="ApiVersions">API versions the chart may test for (<c>.Capabilities.APIVersions</c>); from discovery when a cluster is used.</param>
/// <param name="KubeVersion">Kubernetes version the chart renders for (<c>.Capabilities.KubeVersion</c>); null leaves Helm's default.</param>
public sealed record HelmSettings(
    string? ReleaseName,
    IReadOnlyList<string> ValueFiles,
    IReadOnlyList<string> Set,
    IReadOnlyList<string> SetString,
    IReadOnlyList<string> SetFile,
    bool IncludeCrds,
    IReadOnlyList<string> ApiVersions,
    string? KubeVersion)
{
    /// <summary>No values, no flags: the chart's defaults.</summary>
    public static HelmSettings None { get; } = new(null, [], [], [], [], false, [], null);
}
