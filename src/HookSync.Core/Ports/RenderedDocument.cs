using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>One YAML document of a tool's output, with the file and line of the source that defined it.</summary>
/// <param name="Yaml">The document's text, without render-only annotations.</param>
/// <param name="Origin">The defining file (a base, an overlay, a template), or the PATH itself when the tool does not say.</param>
public sealed record RenderedDocument(string Yaml, SourceLocation Origin);
