namespace HookSync.Core.Diagnostics;

/// <summary>Stable diagnostic codes. 1xxx: manifest input; 2xxx: hook annotations; 3xxx: planning; 4xxx: lint footguns; 5xxx: workspace; 6xxx: options; 7xxx: rendering.</summary>
public static class DiagnosticCodes
{
    // Manifest input (HookSync.Manifests).
    public const string InvalidYaml = "HS1001";
    public const string NotAMapping = "HS1002";
    public const string MissingApiVersion = "HS1003";
    public const string MissingKind = "HS1004";
    public const string DuplicateObject = "HS1005";
    public const string AliasBomb = "HS1006";
    public const string InvalidJson = "HS1007";
    public const string PathNotFound = "HS1008";
    public const string NotAManifest = "HS1009";
    public const string SubdirectoryNotSearched = "HS1010";
    public const string NoManifests = "HS1011";
    public const string InvalidMetadata = "HS1012";
    public const string NotARegularFile = "HS1013";
    public const string LinkOutsideWorkspace = "HS1014";
    public const string InputTooLarge = "HS1015";

    // Hook annotations (A1–A9, D-6).
    public const string IgnoredHookValue = "HS2001";
    public const string UnknownDeletePolicy = "HS2002";
    public const string InvalidWave = "HS2003";
    public const string InvalidHookTimeout = "HS2004";
    public const string IgnoredObject = "HS2005";
    public const string DeletionHookNotRun = "HS2006";

    // Planning (X, W, D-10).
    public const string UnnamedResource = "HS3001";
    public const string NamespaceOnClusterScoped = "HS3003";
    public const string NameTooLong = "HS3004";
    public const string InvalidName = "HS3005";

    // Lint: known footguns.
    public const string ArgoAndHelmHook = "HS4001";
    public const string PreInstallAndPreUpgrade = "HS4002";
    public const string JobTtlZero = "HS4003";
    public const string DeletePolicyOnNonHook = "HS4004";
    public const string NamedHookNeverRerun = "HS4005";

    // Sync options (argocd.argoproj.io/sync-options).
    public const string UnknownSyncOption = "HS4006";
    public const string SyncOptionWithoutEffect = "HS4007";
    public const string ClientSideApplyRefused = "HS4008";

    // Inventory and prune.
    public const string InventoryNotWritten = "HS4009";

    // Workspace (HookSync.Git): where the revision comes from.
    public const string DirtyWorkingTree = "HS5001";
    public const string NotAGitRepository = "HS5002";
    public const string NoCommits = "HS5003";
    public const string TokenOverPlainHttp = "HS5004";

    // Options that name something the manifests do not have.
    public const string SimulateFailUnmatched = "HS6001";
    public const string SimulateFaultUnmatched = "HS6002";

    // Rendering (HookSync.Rendering): Kustomize, Helm and render commands.
    public const string RenderToolMissing = "HS7001";
    public const string RenderFailed = "HS7002";
    public const string RenderTimedOut = "HS7003";
    public const string RenderOutputTooLarge = "HS7004";

    // The review comment (hooksync comment): never a failed job, so a notice or a warning.
    public const string ReviewCommentPosted = "HS8175";
    public const string ReviewCommentSkipped = "HS8176";
    public const string ReviewCommentFailed = "HS8177";

    // Permissions preflight and failure artifacts.
    public const string PermissionsMissing = "HS8050";
    public const string PreflightUnavailable = "HS8051";
    public const string ArtifactsNotWritten = "HS8052";
}
