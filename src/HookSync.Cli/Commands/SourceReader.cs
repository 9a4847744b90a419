using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Cli.Commands;

/// <summary>
/// Reads every PATH the way its source type says: plain directories through the manifest loader (together, as before),
/// Kustomize overlays, Helm charts and render commands through the renderer and the rendered-manifest parser.
/// </summary>
internal static class SourceReader
{
    /// <param name="request">The PATHs and render settings.</param>
    /// <param name="deps">The loader, renderer and parser.</param>
    /// <param name="root">The opened workspace.</param>
    /// <param name="cluster">The cluster's capabilities for Helm charts (sync), or null (plan: Helm's defaults).</param>
    /// <param name="cancellationToken">Stops a render.</param>
    public static async Task<(ManifestSet Manifests, IReadOnlyList<SourceSummary> Sources)> ReadAsync(
        SourceRequest request, HookSyncDependencies deps, string root, IClusterCapabilities? cluster, CancellationToken cancellationToken)
    {
        var settings = request.Render;
        var paths = request.Paths.Count == 0 ? ["."] : request.Paths;
        var typed = paths
            .Select(p => (Path: p, Type: deps.Renderer?.Detect(root, p, settings.Requested, settings.RenderCommand is not null) ?? SourceType.Directory))
            .ToList();
        var documents = new List<ManifestDocument>();
        var diagnostics = new List<Diagnostic>();
        var sources = new List<SourceSummary>();
        var plain = typed.Where(t => t.Type == SourceType.Directory).Select(t => t.Path).ToList();
        if (plain.Count > 0)
        {
            var loaded = deps.Manifests.Load(request.Query(root) with { Paths = plain });
            documents.AddRange(loaded.Documents);
            diagnostics.AddRange(loaded.Diagnostics);
        }
        foreach (var (path, type) in typed)
        {
            if (type == SourceType.Directory)
            {
                sources.Add(new SourceSummary(path, type, "files"));
                continue;
            }
            if (deps.Renderer is not { } renderer || deps.RenderedManifests is not { } parser)
            {
                throw new InvalidOperationException("the composition root wired no renderer");
            }
            if (type == SourceType.Helm && cluster is not null)
            {
                settings = await HelmCapabilities.ApplyAsync(settings, cluster, cancellationToken);
                cluster = null;
            }
            var rendered = await renderer.RenderAsync(new RenderRequest(root, path, type, settings), cancellationToken);
            var parsed = parser.Parse(rendered);
            documents.AddRange(parsed.Documents);
            diagnostics.AddRange(parsed.Diagnostics);
            sources.Add(new SourceSummary(path, type, rendered.Tool));
        }
        return (new ManifestSet(documents, diagnostics), sources);
    }
}
