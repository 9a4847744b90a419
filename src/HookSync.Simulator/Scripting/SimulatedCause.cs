namespace HookSync.Simulator.Scripting;

/// <summary>
/// The failure causes <c>--simulate-fail KIND/NAME=CAUSE</c> can stage (docs/simulator.md "Failure causes"). Apply-time
/// causes answer the write with the API's Status; runtime causes show in pod statuses, object conditions and Events.
/// </summary>
public enum SimulatedCause
{
    ImagePullBackOff,
    CrashLoopBackOff,
    OOMKilled,
    Unschedulable,
    QuotaExceeded,
    CreateContainerConfigError,
    WebhookDenied,
    Forbidden,
    Conflict,
    Immutable,
    PvcPending,
}
