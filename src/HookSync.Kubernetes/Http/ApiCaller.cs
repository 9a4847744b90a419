using HookSync.Core.Ports;
using k8s.Autorest;
using Polly;

namespace HookSync.Kubernetes.Http;

/// <summary>Runs one API call through the retry pipeline and maps what escapes it to a <see cref="ClusterException"/>.</summary>
internal sealed class ApiCaller(ClusterErrors errors, TimeProvider time)
{
    private readonly ResiliencePipeline _idempotent = RetryPolicy.Create(time, idempotent: true);
    private readonly ResiliencePipeline _create = RetryPolicy.Create(time, idempotent: false);

    /// <summary>Calls an idempotent operation (GET, apply, delete, list, watch start).</summary>
    public Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        RunAsync(_idempotent, operation, cancellationToken);

    /// <summary>Calls a POST: retried only when the server surely did not act on it (429, refused connection).</summary>
    public Task<T> CallOnceAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        RunAsync(_create, operation, cancellationToken);

    private async Task<T> RunAsync<T>(ResiliencePipeline pipeline, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(
                static async (state, token) =>
                {
                    try
                    {
                        return await state(token).ConfigureAwait(false);
                    }
                    catch (HttpOperationException e)
                    {
                        throw ApiStatusException.From(e);
                    }
                },
                operation,
                cancellationToken).ConfigureAwait(false);
        }
        catch (ApiStatusException e)
        {
            throw errors.FromStatus(e.StatusCode, e.Body, e);
        }
        catch (HttpRequestException e)
        {
            throw errors.Unreachable(e);
        }
        catch (IOException e)
        {
            throw errors.Unreachable(e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            // HttpClient reports its own timeout as a cancellation whose inner exception is a TimeoutException.
            throw errors.Unreachable(e);
        }
    }
}
