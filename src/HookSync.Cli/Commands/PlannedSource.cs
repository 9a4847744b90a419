using HookSync.Core.Diagnostics;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Core.Ports;

namespace HookSync.Cli.Commands;

/// <summary>The opened workspace and the plan made from it, with every diagnostic (workspace, manifests, plan) in one list.</summary>
internal sealed record PlannedSource(Workspace Workspace, SyncPlan Plan) : IDisposable
{
    /// <summary>How each PATH was read (plain files, kustomize, helm, a render command).</summary>
    public IReadOnlyList<SourceSummary> Sources { get; init; } = [];

    public void Dispose() => Workspace.Dispose();

    /// <summary>Opens the workspace, reads the manifests and plans them.</summary>
    public static Task<PlannedSource> CreateAsync(SourceRequest request, HookSyncDependencies deps, IResourceScopes scopes,
        string defaultNamespace, CancellationToken cancellationToken, bool timePlaceholder = false) =>
        CreateAsync(request, deps, (_, _) => Task.FromResult(scopes), defaultNamespace, cancellationToken, timePlaceholder: timePlaceholder);

    /// <summary>As above, with scopes looked up for the kinds the manifests use (discovery against a cluster).</summary>
    public static async Task<PlannedSource> CreateAsync(SourceRequest request, HookSyncDependencies deps,
        Func<IReadOnlyList<ManifestDocument>, CancellationToken, Task<IResourceScopes>> scopesFor,
        string defaultNamespace, CancellationToken cancellationToken, IClusterCapabilities? capabilities = null, bool timePlaceholder = false)
    {
        var workspace = await deps.Workspaces.OpenAsync(
            new WorkspaceRequest(request.WorkspaceDirectory, request.Repo, request.Ref, deps.Environment.Get("HOOKSYNC_GIT_TOKEN"),
                RevisionGiven: request.Revision is not null),
            cancellationToken);
        var (manifests, sources) = await SourceReader.ReadAsync(request, deps, workspace.Root, capabilities, cancellationToken);
        var scopes = await scopesFor(manifests.Documents, cancellationToken);
        var revision = request.Revision ?? workspace.Revision ?? "local";
        var context = new PlanContext(revision, deps.Time.GetUtcNow(), defaultNamespace, scopes, request.Strict, timePlaceholder) { RunOptions = request.RunOptions };
        var plan = SyncPlanner.Plan(manifests.Documents, context);
        // "The revision is unknown (use --revision to set one)" is wrong advice once --revision was given.
        var notices = request.Revision is null
            ? workspace.Notices
            : workspace.Notices.Where(n => n.Code is not (DiagnosticCodes.NotAGitRepository or DiagnosticCodes.NoCommits));
        var diagnostics = notices.Concat(manifests.Diagnostics)
            .Select(d => request.Strict && d.Severity == DiagnosticSeverity.Warning ? d.AsError() : d)
            .Concat(plan.Diagnostics)
            .ToList();
        return new PlannedSource(workspace, plan with { Diagnostics = diagnostics }) { Sources = sources };
    }
}
