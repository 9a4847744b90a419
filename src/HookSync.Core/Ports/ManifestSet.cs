using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>The documents read, in file then document order, and the findings about the input.</summary>
public sealed record ManifestSet(IReadOnlyList<ManifestDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
