namespace HookSync.Core.Hooks;

/// <summary>
/// Argo CD's sync option names and the values each accepts (<c>argocd.argoproj.io/sync-options</c> on an object,
/// <c>--sync-option</c> for the whole run). Names and values are case-sensitive, as in Argo CD (docs/sync-semantics.md#sync-options).
/// </summary>
public static class SyncOptionNames
{
    public const string SkipDryRunOnMissingResource = "SkipDryRunOnMissingResource";
    public const string Prune = "Prune";
    public const string PruneLast = "PruneLast";
    public const string Validate = "Validate";
    public const string Replace = "Replace";
    public const string Force = "Force";
    public const string ServerSideApply = "ServerSideApply";
    public const string ApplyOutOfSyncOnly = "ApplyOutOfSyncOnly";
    public const string CreateNamespace = "CreateNamespace";
    public const string FailOnSharedResource = "FailOnSharedResource";
    public const string PrunePropagationPolicy = "PrunePropagationPolicy";
    public const string Delete = "Delete";
    public const string ClientSideApplyMigration = "ClientSideApplyMigration";
    public const string RespectIgnoreDifferences = "RespectIgnoreDifferences";

    /// <summary>Where an option may be given.</summary>
    [Flags]
    public enum Scope
    {
        Object = 1,
        Run = 2,
        Both = Object | Run,
    }

    /// <summary>The values Argo CD reads for each option, and where it reads them.</summary>
    public static IReadOnlyDictionary<string, (Scope Scope, string[] Values)> Known { get; } =
        new Dictionary<string, (Scope, string[])>(StringComparer.Ordinal)
        {
            [SkipDryRunOnMissingResource] = (Scope.Both, ["true", "false"]),
            [Prune] = (Scope.Object, ["true", "false", "confirm"]),
            [PruneLast] = (Scope.Both, ["true", "false"]),
            [Validate] = (Scope.Both, ["true", "false"]),
            [Replace] = (Scope.Both, ["true", "false"]),
            [Force] = (Scope.Both, ["true", "false"]),
            [ServerSideApply] = (Scope.Both, ["true", "false"]),
            [ApplyOutOfSyncOnly] = (Scope.Run, ["true", "false"]),
            [CreateNamespace] = (Scope.Run, ["true", "false"]),
            [FailOnSharedResource] = (Scope.Run, ["true", "false"]),
            [PrunePropagationPolicy] = (Scope.Run, ["foreground", "background", "orphan"]),
            [Delete] = (Scope.Object, ["true", "false", "confirm"]),
            [ClientSideApplyMigration] = (Scope.Both, ["true", "false"]),
            [RespectIgnoreDifferences] = (Scope.Run, ["true", "false"]),
        };

    /// <summary>Options Argo CD has that do nothing in HookSync, with the reason shown to the user.</summary>
    public static IReadOnlyDictionary<string, string> WithoutEffect { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Delete] = "it applies when an Argo CD Application is deleted, which HookSync has no equivalent of",
        [ClientSideApplyMigration] = "HookSync always applies server-side with its own field manager",
        [RespectIgnoreDifferences] = "HookSync has no ignoreDifferences",
    };
}
