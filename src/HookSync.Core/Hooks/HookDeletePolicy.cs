namespace HookSync.Core.Hooks;

/// <summary>Values of <c>argocd.argoproj.io/hook-delete-policy</c> (rule A8). Names equal the annotation values.</summary>
public enum HookDeletePolicy
{
    HookSucceeded,
    HookFailed,
    BeforeHookCreation,
}
