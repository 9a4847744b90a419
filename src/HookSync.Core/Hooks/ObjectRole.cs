namespace HookSync.Core.Hooks;

/// <summary>What an object is to the sync, after its hook annotations are resolved (rule A5).</summary>
public enum ObjectRole
{
    /// <summary>A normal resource: one Sync-phase task.</summary>
    Resource,

    /// <summary>A hook: one task per phase it names.</summary>
    Hook,

    /// <summary>Annotated <c>Skip</c> and nothing else: never applied, never pruned.</summary>
    Skip,

    /// <summary>A hook annotation with no value the sync engine runs (a typo, a Helm test or delete hook): dropped.</summary>
    Ignored,
}
