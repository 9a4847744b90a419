namespace HookSync.Core.Ports;

/// <summary>Turns Kustomize overlays, Helm charts and custom render commands into YAML, as Argo CD's repo server does. Implemented by HookSync.Rendering.</summary>
public interface IManifestRenderer
{
    /// <summary>The source type of one PATH: the forced type when one is given, else what the directory holds.</summary>
    SourceType Detect(string workspace, string path, SourceType? requested, bool hasRenderCommand);

    /// <summary>Runs the tool. Failures (missing tool, tool error, timeout, output too large) are error diagnostics, never exceptions.</summary>
    Task<RenderedSource> RenderAsync(RenderRequest request, CancellationToken cancellationToken);
}
