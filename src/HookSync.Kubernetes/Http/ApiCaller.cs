using HookSync.Core.Ports;
using k8s.Autorest;
using Polly;

namespace HookSync.Kubernetes.Http;

/// <summary>Runs one API call through the retry pipeline and maps what escapes it to a <see cref="ClusterException"/>.</summary>
internal sealed class ApiCaller(ClusterErrors errors, TimeProvider time, KubernetesClientOptions options)
{
    private readonly ResiliencePipeline _idempotent = RetryPolicy.Create(time, options, idempotent: true);
    private readonly ResiliencePipeline _create = RetryPolicy.Create(time, options, idempotent: false);

    /// <summary>
    /// Calls an idempotent operation (GET, list, watch start, server-side apply, delete, any dry-run);
    /// <paramref name="description"/> (e.g. <c>get ConfigMap app/settings</c>) names it in retry reports.
    /// </summary>
    public Task<T> CallAsync<T>(string description, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        RunAsync(_idempotent, description, operation, cancellationToken);

    /// <summary>Calls a POST: retried only when the server surely did not act on it (429, no connection made).</summary>
    public Task<T> CallOnceAsync<T>(string description, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        RunAsync(_create, description, operation, cancellationToken);

    private async Task<T> RunAsync<T>(
        ResiliencePipeline pipeline, string description, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        RetryPolicy.Begin(context, time, description);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (context, state) =>
                {
                    try
                    {
                        return await state(context.CancellationToken).ConfigureAwait(false);
                    }
                    catch (HttpOperationException e)
                    {
                        throw ApiStatusException.From(e);
                    }
                },
                context,
                operation).ConfigureAwait(false);
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
        catch (TimeoutException e)
        {
            throw errors.Unreachable(e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            // The generated client reports its own timeout as a cancellation whose inner exception is a TimeoutException.
            throw errors.Unreachable(e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
