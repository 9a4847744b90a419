using System.Runtime.CompilerServices;

namespace HookSync.Integration.Tests.Kubernetes;

/// <summary>Bounds how long a test consumes a watch or log stream, so a missing event fails instead of hanging.</summary>
internal static class AsyncEnumerableTimeout
{
    public static async IAsyncEnumerable<T> WithTimeout<T>(
        this IAsyncEnumerable<T> source, TimeSpan timeout, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        await foreach (var item in source.WithCancellation(cts.Token))
        {
            yield return item;
        }
    }
}
