namespace HookSync.Cli.Commands;

/// <summary>Who holds the sync lock, as the runs that wait for it are told.</summary>
internal static class LockHolder
{
    /// <summary>
    /// The job's URL when the CI platform gives one, so a waiting pipeline links to the one it waits for; always with host
    /// and process id, because two jobs of one workflow run share a URL and must still be two holders.
    /// </summary>
    public static string For(string? runUrl)
    {
        var process = $"{Environment.MachineName}, pid {Environment.ProcessId}";
        return runUrl is null ? process : $"{runUrl} ({process})";
    }
}
