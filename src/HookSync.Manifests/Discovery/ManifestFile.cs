namespace HookSync.Manifests.Discovery;

/// <summary>A file chosen for reading.</summary>
/// <param name="RelativePath">Workspace-relative, forward slashes: what diagnostics and sources show.</param>
/// <param name="FullPath">Absolute path on disk.</param>
internal sealed record ManifestFile(string RelativePath, string FullPath)
{
    public bool IsJson => RelativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
