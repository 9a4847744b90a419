using HookSync.Core.Ports;
using HookSync.Rendering.Command;
using HookSync.Rendering.Helm;
using HookSync.Rendering.Kustomize;

namespace HookSync.Rendering;

/// <summary>Renders Kustomize overlays, Helm charts and render commands by running the tools, as Argo CD's repo server does.</summary>
public sealed class ManifestRenderer : IManifestRenderer
{
    private readonly KustomizeRenderer _kustomize;
    private readonly HelmRenderer _helm;
    private readonly CommandRenderer _command;

    /// <param name="time">The clock render timeouts run on.</param>
    /// <param name="searchPath">The PATH tools are looked up on (the process's own, in production).</param>
    public ManifestRenderer(TimeProvider time, string? searchPath)
    {
        _kustomize = new KustomizeRenderer(time, searchPath);
        _helm = new HelmRenderer(time, searchPath);
        _command = new CommandRenderer(time, searchPath);
    }

    public SourceType Detect(string workspace, string path, SourceType? requested, bool hasRenderCommand) =>
        SourceDetector.Detect(workspace, path, requested, hasRenderCommand);

    public Task<RenderedSource> RenderAsync(RenderRequest request, CancellationToken cancellationToken) => request.Type switch
    {
        SourceType.Kustomize => _kustomize.RenderAsync(request, cancellationToken),
        SourceType.Helm => _helm.RenderAsync(request, cancellationToken),
        SourceType.Command => _command.RenderAsync(request, cancellationToken),
        _ => throw new ArgumentException($"{request.Path} is a plain directory; the manifest loader reads it, not a renderer.", nameof(request)),
    };
}
