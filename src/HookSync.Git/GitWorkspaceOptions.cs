namespace HookSync.Git;

/// <summary>Settings of <see cref="GitWorkspaceProvider"/>.</summary>
/// <param name="TempRoot">Where clones are made, each in a new <c>hooksync-clone-&lt;random&gt;</c> directory; default: the system temp directory.</param>
public sealed record GitWorkspaceOptions(string? TempRoot = null)
{
    internal string ResolveTempRoot() => string.IsNullOrEmpty(TempRoot) ? Path.GetTempPath() : TempRoot;
}
