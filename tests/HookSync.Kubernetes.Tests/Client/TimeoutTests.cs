using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Kubernetes.Tests.Client;

public sealed class TimeoutTests
{
    [Fact]
    public async Task FindResourceAsync_ServerNeverAnswers_IsUnreachableAfterTheRequestTimeoutOnceNoRetryBudgetIsLeft()
    {
        var time = new FakeTimeProvider();
        var handler = new SilentHandler();
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            Kubeconfigs.SingleToken("http://kube.test:6443", "silent-token-1234"), null, "test", new DictionaryEnvironment(), new SecretRedactor());
        // A timed-out GET is retried while the budget lasts; a budget shorter than one request timeout leaves no retry.
        using var client = new KubernetesClusterClient(connection, time, new KubernetesClientOptions { RetryBudget = TimeSpan.FromSeconds(30) }, [handler]);

        var lookup = client.FindResourceAsync(new("", "v1", "ConfigMap"), CancellationToken.None);
        await handler.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(99));
        await Task.Delay(50);
        var pendingBeforeTimeout = !lookup.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(2));
        var error = await Assert.ThrowsAsync<ClusterException>(() => lookup.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.True(pendingBeforeTimeout);
        Assert.Equal(ClusterFailureKind.Unreachable, error.Kind);
        Assert.Equal("cannot reach the Kubernetes API server at http://kube.test:6443: the server did not answer within 100 s", error.Message);
    }

    [Fact]
    public async Task FindResourceAsync_CallerCancels_ThrowsOperationCanceled()
    {
        var handler = new SilentHandler();
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            Kubeconfigs.SingleToken("http://kube.test:6443", "silent-token-1234"), null, "test", new DictionaryEnvironment(), new SecretRedactor());
        using var client = new KubernetesClusterClient(connection, new FakeTimeProvider(), [handler]);
        using var cts = new CancellationTokenSource();

        var lookup = client.FindResourceAsync(new("", "v1", "ConfigMap"), cts.Token);
        await handler.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lookup.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>Accepts a request and never answers, until cancelled.</summary>
    private sealed class SilentHandler : DelegatingHandler
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable: the delay above only ends by cancellation");
        }
    }
}
