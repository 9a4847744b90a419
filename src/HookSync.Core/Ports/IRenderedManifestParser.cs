namespace HookSync.Core.Ports;

/// <summary>Parses rendered documents into objects that keep their origin file and line. Implemented by HookSync.Manifests.</summary>
public interface IRenderedManifestParser
{
    /// <summary>Parses every document; input errors are diagnostics at the document's origin, never exceptions.</summary>
    ManifestSet Parse(RenderedSource source);
}
