using HookSync.Core.Diagnostics;

namespace HookSync.Manifests.Discovery;

/// <summary>The files to read, in ordinal order of their relative path, and what discovery noticed.</summary>
internal sealed record DiscoveryResult(IReadOnlyList<ManifestFile> Files, IReadOnlyList<Diagnostic> Diagnostics);
