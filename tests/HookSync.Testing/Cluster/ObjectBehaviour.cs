using HookSync.Core.Ports;

namespace HookSync.Testing.Cluster;

/// <summary>A scripted behaviour for one object (by kind and name, or generateName prefix) of the <see cref="InMemoryCluster"/>.</summary>
public sealed record ObjectBehaviour
{
    public ObjectOutcome Outcome { get; init; } = ObjectOutcome.Succeed;

    /// <summary>How long after creation the outcome is written into the status.</summary>
    public TimeSpan? CompletionDelay { get; init; }

    /// <summary>A real apply fails with this error.</summary>
    public ClusterException? ApplyError { get; init; }

    /// <summary>A dry-run apply fails with this error.</summary>
    public ClusterException? DryRunError { get; init; }

    /// <summary>A delete fails with this error.</summary>
    public ClusterException? DeleteError { get; init; }

    /// <summary>The object vanishes just before a delete reaches it, so the delete answers NotFound (a race, S-17).</summary>
    public bool DeleteFindsNothing { get; init; }

    /// <summary>A delete sets a deletionTimestamp and removes the object only after this delay (foreground deletion).</summary>
    public TimeSpan DeletionDelay { get; init; }

    /// <summary>The object is deleted from outside this long after its creation.</summary>
    public TimeSpan? VanishAfter { get; init; }

    /// <summary>The log of the Pod (or of the single Pod a Job creates).</summary>
    public IReadOnlyList<string> LogLines { get; init; } = [];
}
