namespace HookSync.Kubernetes.Http;

/// <summary>Reads lines from a long-lived HTTP stream (watch, log follow), treating a dropped connection as its end.</summary>
internal static class LineReader
{
    /// <summary>The next line, or null when the server closed or dropped the stream; cancellation still throws.</summary>
    public static async Task<string?> ReadLineOrEndAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // A watch or log stream cut by a proxy or an API server restart ends like a closed one; callers resume.
            return null;
        }
        catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
