using HookSync.Core.Diagnostics;

namespace HookSync.Core.Ports;

/// <summary>An opened checkout. Disposing it removes a temporary clone.</summary>
/// <param name="Root">Absolute directory holding the manifests.</param>
/// <param name="Revision">Full commit SHA of HEAD, or null when the directory is not a git repository.</param>
/// <param name="Notices">Things worth telling the user (a dirty tree, not a repository).</param>
public sealed class Workspace(string root, string? revision, IReadOnlyList<Diagnostic> notices, Action? cleanup = null) : IDisposable
{
    public string Root { get; } = root;

    public string? Revision { get; } = revision;

    public IReadOnlyList<Diagnostic> Notices { get; } = notices;

    public void Dispose() => cleanup?.Invoke();
}
