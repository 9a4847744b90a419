namespace HookSync.Core.Locking;

/// <summary>Another run held the app's lock for the whole <c>--lock-timeout</c>.</summary>
public sealed class LockTimeoutException(string holder, DateTimeOffset? since, string leaseNamespace, string leaseName, TimeSpan waited)
    : Exception(Describe(holder, since, leaseNamespace, leaseName, waited))
{
    /// <summary>Who held the lock when the wait gave up.</summary>
    public string Holder { get; } = holder;

    private static string Describe(string holder, DateTimeOffset? since, string ns, string name, TimeSpan waited) =>
        $"another sync of this app holds the lock (Lease {ns}/{name}, holder {holder}"
        + (since is { } s ? $", since {s:yyyy-MM-ddTHH:mm:ssZ}" : string.Empty)
        + $"); gave up after {(int)waited.TotalSeconds}s. Raise --lock-timeout, or run the pipelines one after another";
}
