using HookSync.Core.Ports;

namespace HookSync.Cli.Commands;

/// <summary>An opened workspace and the manifests read from it, not yet planned; whoever holds it disposes the workspace.</summary>
internal sealed record SourceRead(Workspace Workspace, ManifestSet Manifests, IReadOnlyList<SourceSummary> Sources) : IDisposable
{
    public void Dispose() => Workspace.Dispose();
}
