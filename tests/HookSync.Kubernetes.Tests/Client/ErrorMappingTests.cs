using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes.Http;

namespace HookSync.Kubernetes.Tests.Client;

public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData(400, "BadRequest", ClusterFailureKind.BadRequest)]
    [InlineData(401, "Unauthorized", ClusterFailureKind.Unauthorized)]
    [InlineData(403, "Forbidden", ClusterFailureKind.Forbidden)]
    [InlineData(404, "NotFound", ClusterFailureKind.NotFound)]
    [InlineData(409, "AlreadyExists", ClusterFailureKind.AlreadyExists)]
    [InlineData(409, "Conflict", ClusterFailureKind.Conflict)]
    [InlineData(410, "Expired", ClusterFailureKind.Gone)]
    [InlineData(422, "Invalid", ClusterFailureKind.Invalid)]
    [InlineData(429, "TooManyRequests", ClusterFailureKind.ServerError)]
    [InlineData(500, "InternalError", ClusterFailureKind.ServerError)]
    [InlineData(503, "ServiceUnavailable", ClusterFailureKind.ServerError)]
    [InlineData(418, "Teapot", ClusterFailureKind.Other)]
    public void FromStatus_StatusBody_MapsCodeAndReasonAndKeepsTheServerMessage(int code, string reason, ClusterFailureKind expected)
    {
        var errors = new ClusterErrors("https://kube.test", new SecretRedactor());
        var body = $$"""{"kind":"Status","status":"Failure","message":"the server says {{code}}","reason":"{{reason}}","code":{{code}} }""";

        var error = errors.FromStatus(code, body);

        Assert.Equal(expected, error.Kind);
        Assert.Equal($"the server says {code}", error.Message);
        Assert.Equal(code, error.StatusCode);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void FromStatus_NonJsonBody_ShowsTheStartOfTheText()
    {
        var errors = new ClusterErrors("https://kube.test", new SecretRedactor());

        var error = errors.FromStatus(502, "<html>Bad Gateway</html>");

        Assert.Equal(ClusterFailureKind.ServerError, error.Kind);
        Assert.Equal("<html>Bad Gateway</html>", error.Message);
    }

    [Fact]
    public void FromStatus_EmptyBody_SaysWhichStatus()
    {
        var errors = new ClusterErrors("https://kube.test", new SecretRedactor());

        var error = errors.FromStatus(403, body: null);

        Assert.Equal("the server answered HTTP 403", error.Message);
    }

    [Fact]
    public void FromStatus_MessageEchoingAToken_IsRedacted()
    {
        var redactor = new SecretRedactor();
        redactor.Register("leaked-token-abcdef");
        var errors = new ClusterErrors("https://kube.test", redactor);

        var error = errors.FromStatus(401, """{"kind":"Status","message":"token leaked-token-abcdef is invalid","reason":"Unauthorized","code":401}""");

        Assert.Equal("token *** is invalid", error.Message);
    }

    [Fact]
    public void Unreachable_NestedCauses_NamesServerAndInnermostCause()
    {
        var errors = new ClusterErrors("https://kube.test:6443", new SecretRedactor());
        var failure = new HttpRequestException("The SSL connection could not be established, see inner exception.",
            new System.Security.Authentication.AuthenticationException("The remote certificate is invalid: UntrustedRoot"));

        var error = errors.Unreachable(failure);

        Assert.Equal(ClusterFailureKind.Unreachable, error.Kind);
        Assert.Equal("cannot reach the Kubernetes API server at https://kube.test:6443: The remote certificate is invalid: UntrustedRoot", error.Message);
        Assert.True(error.IsEnvironmentFailure);
    }

    [Fact]
    public void Unreachable_InnerCauseTheOuterAlreadySays_IsSaidOnce()
    {
        var errors = new ClusterErrors("https://127.0.0.1:1", new SecretRedactor());
        var failure = new HttpRequestException("Connection refused (127.0.0.1:1)",
            new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));

        var error = errors.Unreachable(failure);

        Assert.Equal("cannot reach the Kubernetes API server at https://127.0.0.1:1: Connection refused (127.0.0.1:1)", error.Message);
    }
}
