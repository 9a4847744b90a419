using HookSync.Core.Ports;

namespace HookSync.Kubernetes.Http;

/// <summary>Registers the credential each request carries with the redactor, so tokens that exec or auth-provider plugins mint at run time are masked too.</summary>
internal sealed class CredentialCaptureHandler(ISecretRedactor redactor) : DelegatingHandler
{
    private string? _lastSeen;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = request.Headers.Authorization?.Parameter;
        if (credential is not null && !string.Equals(credential, Volatile.Read(ref _lastSeen), StringComparison.Ordinal))
        {
            redactor.Register(credential);
            Volatile.Write(ref _lastSeen, credential);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
