using System.Net;
using System.Net.Sockets;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HookSync.Kubernetes.Tests.Client;

public sealed class RetryTests
{
    private static readonly ObjectReference Settings = new(new("", "v1", "ConfigMap"), "app", "settings");

    [Fact]
    public async Task GetAsync_ServiceUnavailableThenOk_RetriesAndSucceeds()
    {
        var time = new FakeTimeProvider();
        var attempts = 0;
        using var cluster = new ScriptedCluster((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/settings", StringComparison.Ordinal)
            ? ++attempts == 1
                ? ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "etcd leader changed")
                : ScriptedCluster.Object(HttpStatusCode.OK, ScriptedCluster.ConfigMap("settings"))
            : null, time);

        var result = await AdvanceUntilDone(time, cluster.Client.GetAsync(Settings, CancellationToken.None));

        Assert.Equal("settings", result!.Name);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task GetAsync_ServerErrorEveryTime_GivesUpAfterThreeAttempts()
    {
        var time = new FakeTimeProvider();
        using var cluster = new ScriptedCluster((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/settings", StringComparison.Ordinal)
            ? ScriptedHandler.Status(HttpStatusCode.InternalServerError, "InternalError", "etcdserver: request timed out")
            : null, time);

        var error = await Assert.ThrowsAsync<ClusterException>(() => AdvanceUntilDone(time, cluster.Client.GetAsync(Settings, CancellationToken.None)));

        Assert.Equal(ClusterFailureKind.ServerError, error.Kind);
        Assert.Equal("etcdserver: request timed out", error.Message);
        Assert.Equal(3, cluster.ApiCalls.Count);
    }

    [Fact]
    public async Task ApplyAsync_Invalid_IsNotRetried()
    {
        var time = new FakeTimeProvider();
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Patch
            ? ScriptedHandler.Status(HttpStatusCode.UnprocessableEntity, "Invalid", "Job.batch \\\"migrate\\\" is invalid: spec.template: field is immutable")
            : null, time);

        var error = await Assert.ThrowsAsync<ClusterException>(
            () => cluster.Client.ApplyAsync(ScriptedCluster.ConfigMap("settings"), new ApplyRequest(false, true), CancellationToken.None));

        Assert.Equal(ClusterFailureKind.Invalid, error.Kind);
        Assert.Contains("field is immutable", error.Message);
        Assert.Single(cluster.ApiCalls);
    }

    [Fact]
    public async Task GetAsync_TooManyRequestsWithRetryAfter_WaitsThatLong()
    {
        var time = new FakeTimeProvider();
        var attempts = 0;
        using var cluster = new ScriptedCluster((request, _) =>
        {
            if (!request.RequestUri!.AbsolutePath.EndsWith("/settings", StringComparison.Ordinal))
            {
                return null;
            }
            if (++attempts > 1)
            {
                return ScriptedCluster.Object(HttpStatusCode.OK, ScriptedCluster.ConfigMap("settings"));
            }
            var busy = ScriptedHandler.Status(HttpStatusCode.TooManyRequests, "TooManyRequests", "slow down");
            busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(5));
            return busy;
        }, time);

        var get = cluster.Client.GetAsync(Settings, CancellationToken.None);
        await WaitFor(() => attempts == 1);
        await Task.Delay(50);
        time.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(50);
        var attemptsBeforeRetryAfter = attempts;
        time.Advance(TimeSpan.FromSeconds(2));
        var result = await get.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, attemptsBeforeRetryAfter);
        Assert.Equal(2, attempts);
        Assert.NotNull(result);
    }

    [Fact]
    public async Task CreateAsync_ServiceUnavailable_IsNotRetriedBecauseThePostMayHaveActed()
    {
        var time = new FakeTimeProvider();
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Post
            ? ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "try again")
            : null, time);

        var error = await Assert.ThrowsAsync<ClusterException>(
            () => cluster.Client.CreateAsync(ScriptedCluster.ConfigMap("settings"), false, CancellationToken.None));

        Assert.Equal(ClusterFailureKind.ServerError, error.Kind);
        Assert.Single(cluster.ApiCalls);
    }

    [Fact]
    public async Task FindResourceAsync_ClosedPort_IsUnreachableNamingTheServerButNotTheToken()
    {
        var port = ClosedPort();
        var redactor = new SecretRedactor();
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            Kubeconfigs.SingleToken($"http://127.0.0.1:{port}", "closed-port-token-1234"), null, "test", new DictionaryEnvironment(), redactor);
        var time = new FakeTimeProvider();
        using var client = new KubernetesClusterClient(connection, time);

        var error = await Assert.ThrowsAsync<ClusterException>(
            () => AdvanceUntilDone(time, client.FindResourceAsync(new("", "v1", "ConfigMap"), CancellationToken.None)));

        Assert.Equal(ClusterFailureKind.Unreachable, error.Kind);
        Assert.StartsWith($"cannot reach the Kubernetes API server at http://127.0.0.1:{port}: ", error.Message);
        Assert.Contains("refused", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("closed-port-token-1234", error.ToString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // Retry delays run on the fake clock: move it on until the call settles (bounded, so a hang fails the test).
    private static async Task<T> AdvanceUntilDone<T>(FakeTimeProvider time, Task<T> task)
    {
        for (var i = 0; i < 500 && !task.IsCompleted; i++)
        {
            await Task.Delay(10);
            time.Advance(TimeSpan.FromSeconds(1));
        }
        return await task;
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }
        Assert.True(condition(), "the condition was not reached in 5 s");
    }
}
