namespace HookSync.Core.Ports;

/// <summary>What a cluster serves, as a chart sees it through <c>.Capabilities</c>: every resource type and the server version.</summary>
/// <param name="Resources">Every served kind in every served group/version (discovery).</param>
/// <param name="KubeVersion">The server's <c>gitVersion</c> (e.g. <c>v1.31.2</c>), or null when the server did not say.</param>
public sealed record ClusterCapabilities(IReadOnlyList<ApiResource> Resources, string? KubeVersion);
