namespace HookSync.Core.Hooks;

/// <summary>Values of <c>argocd.argoproj.io/hook</c> that the sync engine understands (rule A3). Names equal the annotation values.</summary>
public enum HookType
{
    PreSync,
    Sync,
    PostSync,
    SyncFail,
    Skip,
}
