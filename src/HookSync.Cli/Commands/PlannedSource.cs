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
        var read = await ReadAsync(request, deps, capabilities, cancellationToken);
        return await PlanAsync(read, request, deps, scopesFor, () => defaultNamespace, cancellationToken, timePlaceholder);
    }

    /// <summary>Opens the workspace and reads the manifests, without planning them (nothing here needs the cluster but a Helm chart's capabilities).</summary>
    public static async Task<SourceRead> ReadAsync(SourceRequest request, HookSyncDependencies deps, IClusterCapabilities? capabilities,
        CancellationToken cancellationToken)
    {
        var workspace = await deps.Workspaces.OpenAsync(
            new WorkspaceRequest(request.WorkspaceDirectory, request.Repo, request.Ref, deps.Environment.Get("HOOKSYNC_GIT_TOKEN"),
                RevisionGiven: request.Revision is not null),
            cancellationToken);
        try
        {
            var (manifests, sources) = await SourceReader.ReadAsync(request, deps, workspace.Root, capabilities, cancellationToken);
            return new SourceRead(workspace, manifests, sources);
        }
        catch
        {
            // A clone left behind by a failed render or load would outlive the run.
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>Plans what <see cref="ReadAsync"/> read; the plan owns the workspace from here on.</summary>
    /// <param name="defaultNamespace">Asked for once the scopes are known (a cluster's context namespace is known by then).</param>
    public static async Task<PlannedSource> PlanAsync(SourceRead read, SourceRequest request, HookSyncDependencies deps,
        Func<IReadOnlyList<ManifestDocument>, CancellationToken, Task<IResourceScopes>> scopesFor, Func<string> defaultNamespace,
        CancellationToken cancellationToken, bool timePlaceholder = false)
    {
        var (workspace, manifests, sources) = read;
        try
        {
            var scopes = await scopesFor(manifests.Documents, cancellationToken);
            var revision = request.Revision ?? workspace.Revision ?? "local";
            var context = new PlanContext(revision, deps.Time.GetUtcNow(), defaultNamespace(), scopes, request.Strict, timePlaceholder) { RunOptions = request.RunOptions };
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
        catch
        {
            workspace.Dispose();
            throw;
        }
    }
}
