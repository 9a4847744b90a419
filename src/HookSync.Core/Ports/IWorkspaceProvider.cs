namespace HookSync.Core.Ports;

/// <summary>Provides the checkout to read manifests from: the CI workspace, or a fresh clone (HookSync.Git).</summary>
public interface IWorkspaceProvider
{
    /// <summary>Opens the workspace. Failures are <see cref="WorkspaceException"/>s (exit 4).</summary>
    Task<Workspace> OpenAsync(WorkspaceRequest request, CancellationToken cancellationToken);
}
