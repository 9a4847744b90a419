namespace HookSync.Core.Ports;

/// <summary>How rendered sources are built: the tools, their options and the limits on what they may produce.</summary>
/// <param name="Requested">The source type forced for every PATH, or null to detect it per PATH.</param>
/// <param name="AppName">The application name (Helm's default release name).</param>
/// <param name="Namespace">The namespace given to Helm (<c>.Release.Namespace</c>), or null.</param>
/// <param name="KustomizeBinary">The kustomize executable, or null to use <c>kustomize</c>, else <c>kubectl kustomize</c>, from PATH.</param>
/// <param name="KustomizeBuildOptions">Extra arguments of <c>kustomize build</c> (Argo CD's <c>kustomize.buildOptions</c>).</param>
/// <param name="HelmBinary">The helm executable, or null for <c>helm</c> from PATH.</param>
/// <param name="Helm">The chart's values and flags.</param>
/// <param name="RenderCommand">The command line of a custom renderer, or null.</param>
/// <param name="Timeout">How long one render may take before it is stopped.</param>
/// <param name="MaxRenderedBytes">Most bytes a render may print; more is an error (the same default as the largest manifest file read).</param>
public sealed record RenderSettings(
    SourceType? Requested,
    string AppName,
    string? Namespace,
    string? KustomizeBinary,
    IReadOnlyList<string> KustomizeBuildOptions,
    string? HelmBinary,
    HelmSettings Helm,
    string? RenderCommand,
    TimeSpan Timeout,
    long MaxRenderedBytes = 50L * 1024 * 1024)
{
    /// <summary>Default render timeout: long enough for a chart with dependencies, short enough that a hung tool does not eat the CI job.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>Detect every PATH, default tools, no options.</summary>
    public static RenderSettings Default { get; } = new(null, "hooksync", null, null, [], null, HelmSettings.None, null, DefaultTimeout);
}
