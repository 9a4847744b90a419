namespace HookSync.Core.Model;

/// <summary>One object read from a manifest file, with its source location.</summary>
public sealed record ManifestDocument(KubeObject Object, SourceLocation Source);
