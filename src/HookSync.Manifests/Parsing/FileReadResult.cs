using HookSync.Core.Diagnostics;

namespace HookSync.Manifests.Parsing;

/// <summary>The documents parsed from one file and the errors met; documents before an error are kept.</summary>
internal sealed record FileReadResult(IReadOnlyList<ParsedDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics);
