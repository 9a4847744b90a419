namespace HookSync.Core.Hooks;

/// <summary>The phases of a sync, in the order they run (rule P1). Member names equal the annotation values.</summary>
public enum SyncPhase
{
    PreSync = 0,
    Sync = 1,
    PostSync = 2,
    SyncFail = 3,
}
