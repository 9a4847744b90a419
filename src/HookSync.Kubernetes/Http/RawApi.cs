using System.Net.Http.Headers;
using System.Text;
using k8s;

namespace HookSync.Kubernetes.Http;

/// <summary>Plain HTTP calls through the client's handler chain and credentials, for what the generated client lacks (discovery of any group, watch, log follow, untyped POST).</summary>
internal sealed class RawApi(k8s.Kubernetes client)
{
    /// <summary>GETs a path and returns the body; a non-success status is an <see cref="ApiStatusException"/>.</summary>
    public async Task<string> GetStringAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, content: null, HttpCompletionOption.ResponseContentRead, cancellationToken)
            .ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a JSON body and returns the status code and the response body.</summary>
    public async Task<(int StatusCode, string Body)> SendJsonAsync(HttpMethod method, string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await SendAsync(method, path, content, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Opens a streaming GET (watch, log follow); the caller disposes the response.</summary>
    public Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, content: null, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, HttpContent? content, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        // Spike §3: bearer tokens are added per request by the credentials object, not by the handler chain.
        using var request = new HttpRequestMessage(method, new Uri(client.BaseUri, path)) { Content = content };
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
