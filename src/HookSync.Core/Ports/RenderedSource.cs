using HookSync.Core.Diagnostics;

namespace HookSync.Core.Ports;

/// <summary>What rendering one PATH produced: its documents in output order, or the tool's failure as diagnostics.</summary>
/// <param name="Path">The PATH as given.</param>
/// <param name="Type">The source type it was read as.</param>
/// <param name="Tool">The tool that rendered it, e.g. <c>kubectl kustomize</c>, for the plan's header.</param>
/// <param name="Documents">The rendered documents; empty when the render failed.</param>
/// <param name="Diagnostics">Render failures (missing tool, tool error, timeout, oversized output) and notices.</param>
public sealed record RenderedSource(
    string Path,
    SourceType Type,
    string Tool,
    IReadOnlyList<RenderedDocument> Documents,
    IReadOnlyList<Diagnostic> Diagnostics);
