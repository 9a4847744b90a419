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
    public async Task GetAsync_ServerErrorEveryTime_RetriesUntilTheBudgetIsSpent_ReportingEachRetryOnce()
    {
        var time = new FakeTimeProvider();
        var retries = new List<ApiRetry>();
        var options = new KubernetesClientOptions { RetryBudget = TimeSpan.FromSeconds(10), FirstRetryDelay = TimeSpan.FromSeconds(1), Jitter = () => 0, OnRetry = retries.Add };
        using var cluster = new ScriptedCluster((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/settings", StringComparison.Ordinal)
            ? ScriptedHandler.Status(HttpStatusCode.InternalServerError, "InternalError", "etcdserver: request timed out")
            : null, time, options);

        var error = await Assert.ThrowsAsync<ClusterException>(() => AdvanceUntilDone(time, cluster.Client.GetAsync(Settings, CancellationToken.None)));

        Assert.Equal(ClusterFailureKind.ServerError, error.Kind);
        Assert.Equal("etcdserver: request timed out", error.Message);
        // Jitter 0 gives half of each doubling backoff: 0.5, 1, 2, 4 s, then no more than what is left of the 10 s budget.
        Assert.Equal([0.5, 1, 2, 4], retries.Take(4).Select(r => r.Delay.TotalSeconds));
        Assert.InRange(retries.Sum(r => r.Delay.TotalSeconds), 7.5, 10);
        Assert.Equal(retries.Count + 1, cluster.ApiCalls.Count);
        Assert.All(retries, r => Assert.Equal(("get ConfigMap app/settings", "HTTP 500 server error"), (r.Operation, r.Cause)));
        Assert.Equal(Enumerable.Range(1, retries.Count), retries.Select(r => r.Retry));
    }

    [Fact]
    public async Task ApplyAsync_ConnectionDroppedBeforeTheAnswer_IsRetriedBecauseApplyIsIdempotent()
    {
        var time = new FakeTimeProvider();
        var retries = new List<ApiRetry>();
        var patches = 0;
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Patch
            ? ++patches == 1
                ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
                : ScriptedCluster.Object(HttpStatusCode.OK, ScriptedCluster.ConfigMap("settings"))
            : null, time, new KubernetesClientOptions { OnRetry = retries.Add });

        var result = await AdvanceUntilDone(time, cluster.Client.ApplyAsync(ScriptedCluster.ConfigMap("settings"), new ApplyRequest(false, true), CancellationToken.None));

        Assert.Equal("settings", result.Live.Name);
        Assert.Equal(2, patches);
        var retry = Assert.Single(retries);
        Assert.Equal(("apply ConfigMap app/settings", "connection closed before the answer"), (retry.Operation, retry.Cause));
    }

    [Fact]
    public async Task CreateAsync_ConnectionDroppedAfterSending_IsNotRetriedBecauseThePostMayHaveActed()
    {
        var time = new FakeTimeProvider();
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Post
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : null, time);

        var error = await Assert.ThrowsAsync<ClusterException>(
            () => AdvanceUntilDone(time, cluster.Client.CreateAsync(ScriptedCluster.ConfigMap("settings"), false, CancellationToken.None)));

        Assert.Equal(ClusterFailureKind.Unreachable, error.Kind);
        Assert.Single(cluster.ApiCalls);
    }

    [Fact]
    public async Task CreateAsync_DryRunServiceUnavailable_IsRetriedBecauseADryRunStoresNothing()
    {
        var time = new FakeTimeProvider();
        var posts = 0;
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Post
            ? ++posts == 1
                ? ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "try again")
                : ScriptedCluster.Object(HttpStatusCode.Created, ScriptedCluster.ConfigMap("settings"))
            : null, time);

        await AdvanceUntilDone(time, cluster.Client.CreateAsync(ScriptedCluster.ConfigMap("settings"), true, CancellationToken.None));

        Assert.Equal(2, posts);
    }

    [Fact]
    public async Task CreateAsync_TooManyRequests_IsRetriedBecauseTheServerRejectedItUnprocessed()
    {
        var time = new FakeTimeProvider();
        var posts = 0;
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Post
            ? ++posts == 1
                ? ScriptedHandler.Status(HttpStatusCode.TooManyRequests, "TooManyRequests", "slow down")
                : ScriptedCluster.Object(HttpStatusCode.Created, ScriptedCluster.ConfigMap("settings"))
            : null, time);

        await AdvanceUntilDone(time, cluster.Client.CreateAsync(ScriptedCluster.ConfigMap("settings"), false, CancellationToken.None));

        Assert.Equal(2, posts);
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
