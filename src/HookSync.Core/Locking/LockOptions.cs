namespace HookSync.Core.Locking;

/// <summary>How one run takes the per-app lock.</summary>
/// <param name="Namespace">Where the Lease lives.</param>
/// <param name="Name">The Lease's name (<see cref="LeaseName.For"/>).</param>
/// <param name="Holder">Who holds it: the CI run's URL, else host and process id; shown to the runs that wait.</param>
/// <param name="WaitTimeout">How long a run waits for another run's lock before giving up (<c>--lock-timeout</c>).</param>
public sealed record LockOptions(string Namespace, string Name, string Holder, TimeSpan WaitTimeout)
{
    /// <summary>
    /// How long a lock stays valid without renewal. A run that dies without releasing it (a killed runner) blocks the
    /// next run for at most this long; renewal every third of it keeps a live run's lock through a slow API call.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a waiting run looks at the Lease again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a waiting run says who it is waiting for.</summary>
    public TimeSpan ReportInterval { get; init; } = TimeSpan.FromSeconds(30);
}
