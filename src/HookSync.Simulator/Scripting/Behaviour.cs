namespace HookSync.Simulator.Scripting;

/// <summary>The outcome of an object's simulated work and, when scripted, how long it takes.</summary>
internal sealed record Behaviour(Outcome Outcome, TimeSpan? After)
{
    public static Behaviour Default { get; } = new(Outcome.Succeed, null);

    /// <summary>The staged runtime cause (<c>--simulate-fail KIND/NAME=CAUSE</c>); null for a plain failure.</summary>
    public SimulatedCause? Cause { get; init; }

    public TimeSpan Duration(TimeSpan workDuration) => After ?? workDuration;
}
