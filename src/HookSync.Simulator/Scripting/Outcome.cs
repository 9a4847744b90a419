namespace HookSync.Simulator.Scripting;

/// <summary>What simulated work ends in for one object.</summary>
internal enum Outcome
{
    Succeed,
    Fail,
    StayProgressing,
    ImagePullBackOff,
}
