namespace HookSync.Core.Hooks;

/// <summary>Annotation keys HookSync reads (rule A1). Keys are case-sensitive, as in Kubernetes.</summary>
public static class AnnotationKeys
{
    public const string Hook = "argocd.argoproj.io/hook";
    public const string HookDeletePolicy = "argocd.argoproj.io/hook-delete-policy";
    public const string SyncWave = "argocd.argoproj.io/sync-wave";
    public const string SyncOptions = "argocd.argoproj.io/sync-options";
    public const string HelmHook = "helm.sh/hook";
    public const string HelmHookWeight = "helm.sh/hook-weight";
    public const string HelmHookDeletePolicy = "helm.sh/hook-delete-policy";

    /// <summary>HookSync's own per-hook timeout (D-3), e.g. <c>10m</c>.</summary>
    public const string HookTimeout = "hooksync.dev/hook-timeout";

    /// <summary>Fail fast: how long a pod of this object may stay in a state that cannot resolve by itself (<c>0</c> disables).</summary>
    public const string StuckAfter = "hooksync.dev/stuck-after";

    /// <summary>Set on every applied object so HookSync and other tools can find what it owns (D-11).</summary>
    public const string TrackingId = "hooksync.dev/tracking-id";
}
