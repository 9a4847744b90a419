using System.Net;
using System.Net.Http.Headers;
using System.Text;
using k8s;

namespace HookSync.Kubernetes.Http;

/// <summary>Plain HTTP calls through the client's handler chain and credentials, for what the generated client lacks (discovery of any group, watch, log follow, untyped POST).</summary>
/// <remarks>The client's HttpClient has no timeout of its own (the generated calls add one), so raw calls bound themselves with <paramref name="requestTimeout"/>.</remarks>
internal sealed class RawApi(k8s.Kubernetes client, TimeProvider time, TimeSpan requestTimeout)
{
    /// <summary>GETs a path and returns the body; a non-success status is an <see cref="ApiStatusException"/>.</summary>
    public Task<string> GetStringAsync(string path, CancellationToken cancellationToken) =>
        WithTimeoutAsync(
            async token =>
            {
                using var response = await SendAsync(HttpMethod.Get, path, content: null, HttpCompletionOption.ResponseContentRead, token)
                    .ConfigureAwait(false);
                return await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Sends a JSON body and returns the status code and the response body as text.</summary>
    public async Task<(int StatusCode, string Body)> SendJsonAsync(HttpMethod method, string path, string json, CancellationToken cancellationToken)
    {
        var (status, body) = await SendAsync(method, path, json, JsonMediaType, cancellationToken).ConfigureAwait(false);
        return (status, Encoding.UTF8.GetString(body));
    }

    public const string JsonMediaType = "application/json";

    /// <summary>Sends a body of <paramref name="mediaType"/> (UTF-8) and returns the status code and the response body as UTF-8 bytes.</summary>
    public Task<(int StatusCode, byte[] Body)> SendAsync(HttpMethod method, string path, string body, string mediaType, CancellationToken cancellationToken) =>
        WithTimeoutAsync(
            async token =>
            {
                using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
                using var response = await SendAsync(method, path, content, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false));
            },
            cancellationToken);

    /// <summary>Opens a streaming GET (watch, log follow); only the wait for the headers is bounded. The caller disposes the response.</summary>
    public Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken cancellationToken) =>
        WithTimeoutAsync(token => SendAsync(HttpMethod.Get, path, content: null, HttpCompletionOption.ResponseHeadersRead, token), cancellationToken);

    private async Task<T> WithTimeoutAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(requestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await operation(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the server did not answer within {requestTimeout.TotalSeconds:0} s", e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, HttpContent? content, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        // Bearer tokens are added per request by the credentials object, not by the handler chain.
        // HTTP/2 where the server offers it (TLS with ALPN; plain HTTP stays 1.1), as the generated client asks too: every request
        // then shares one connection instead of opening (and TLS-handshaking) one per concurrent request.
        using var request = new HttpRequestMessage(method, new Uri(client.BaseUri, path))
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (client.Credentials is not null)
        {
            await client.Credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
        }
        var response = await client.HttpClient.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            throw await ApiStatusException.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }
}
