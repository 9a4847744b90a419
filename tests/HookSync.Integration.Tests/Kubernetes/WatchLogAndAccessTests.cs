using System.Net;
using System.Net.Sockets;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Kubernetes;

public sealed class WatchLogAndAccessTests
{
    [Fact]
    public async Task WatchAsync_AppliedJob_SeesItComplete()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var applied = await cluster.Client.ApplyAsync(SimulatedCluster.Job("migrate"), new ApplyRequest(false, true), CancellationToken.None);

        KubeObject? completed = null;
        await foreach (var change in cluster.Client.WatchAsync(ObjectReference.To(applied.Live), applied.Live.ResourceVersion, CancellationToken.None)
            .WithTimeout(TimeSpan.FromSeconds(30)))
        {
            if (change.Type == WatchEventType.Modified && change.Object.GetInt64("status", "succeeded") == 1)
            {
                completed = change.Object;
                break;
            }
        }

        Assert.NotNull(completed);
        Assert.Contains("\"Complete\"", completed.Select("status", "conditions")!.ToJsonString());
        var watch = Assert.Single(cluster.Simulator.Requests, r => r.Verb == "watch");
        Assert.Equal("/apis/batch/v1/namespaces/default/jobs", watch.Path);
        Assert.Contains("fieldSelector=metadata.name%3Dmigrate", watch.Query);
        Assert.Contains("resourceVersion=" + applied.Live.ResourceVersion, watch.Query);
    }

    [Fact]
    public async Task WatchAsync_ObjectDeletedFromOutside_SeesDeleted()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var applied = await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("victim"), new ApplyRequest(false, true), CancellationToken.None);
        cluster.Simulator.Script.DeleteFromOutside("ConfigMap", "default", "victim");

        var types = new List<WatchEventType>();
        await foreach (var change in cluster.Client.WatchAsync(ObjectReference.To(applied.Live), applied.Live.ResourceVersion, CancellationToken.None)
            .WithTimeout(TimeSpan.FromSeconds(30)))
        {
            types.Add(change.Type);
            if (change.Type == WatchEventType.Deleted)
            {
                break;
            }
        }

        Assert.Equal(WatchEventType.Deleted, types[^1]);
    }

    [Fact]
    public async Task StreamPodLogAsync_FollowingAHookPod_YieldsItsLinesUntilItEnds()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        cluster.Simulator.Script.AddPodLog("hook", "running migrations");
        var pod = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"hook","namespace":"default"},
             "spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"}]}}
            """);
        await cluster.Client.ApplyAsync(pod, new ApplyRequest(false, true), CancellationToken.None);

        var lines = new List<string>();
        await foreach (var line in cluster.Client.StreamPodLogAsync("default", "hook", "main", follow: true, CancellationToken.None)
            .WithTimeout(TimeSpan.FromSeconds(30)))
        {
            lines.Add(line);
        }

        Assert.Equal("running migrations", lines[0]);
        Assert.Contains("hook completed", lines);
        Assert.Contains(cluster.Simulator.Requests, r => r.Verb == "log" && r.Query.Contains("follow=true") && r.Query.Contains("container=main"));
    }

    [Fact]
    public async Task StreamPodLogAsync_JobPodFoundByJobNameLabel_YieldsItsFailureLines()
    {
        await using var cluster = await SimulatedCluster.StartAsync(o => o with { FailTargets = ["Job/broken"] });
        var applied = await cluster.Client.ApplyAsync(SimulatedCluster.Job("broken"), new ApplyRequest(false, true), CancellationToken.None);
        await foreach (var change in cluster.Client.WatchAsync(ObjectReference.To(applied.Live), applied.Live.ResourceVersion, CancellationToken.None)
            .WithTimeout(TimeSpan.FromSeconds(30)))
        {
            if (change.Object.GetInt64("status", "failed") >= 1)
            {
                break;
            }
        }

        var pods = await cluster.Client.ListAsync(new GroupVersionKind("", "v1", "Pod"), "default", "batch.kubernetes.io/job-name=broken", CancellationToken.None);
        var pod = Assert.Single(pods.Items);
        var lines = new List<string>();
        await foreach (var line in cluster.Client.StreamPodLogAsync("default", pod.Name, null, follow: false, CancellationToken.None)
            .WithTimeout(TimeSpan.FromSeconds(30)))
        {
            lines.Add(line);
        }

        Assert.Equal([$"starting {pod.Name}", $"error: {pod.Name} failed", "exit status 1"], lines);
    }

    [Fact]
    public async Task FindResourceAsync_WrongToken_ThrowsUnauthorizedWithoutTheToken()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var kubeconfig = cluster.Simulator.KubeconfigYaml.Replace("token: simulator-token", "token: wrong-token-abcdef", StringComparison.Ordinal);
        var redactor = new SecretRedactor();
        var connection = ClusterConnectionFactory.FromKubeconfigContent(kubeconfig, null, "test", new DictionaryEnvironment(), redactor);
        using var client = new KubernetesClusterClient(connection, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ClusterException>(
            () => client.FindResourceAsync(new GroupVersionKind("", "v1", "ConfigMap"), CancellationToken.None));

        Assert.Equal(ClusterFailureKind.Unauthorized, error.Kind);
        Assert.Equal(401, error.StatusCode);
        Assert.True(error.IsEnvironmentFailure);
        Assert.DoesNotContain("wrong-token-abcdef", error.ToString());
    }

    [Fact]
    public async Task FindResourceAsync_ClosedPort_ThrowsUnreachableNamingTheServer()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var env = new DictionaryEnvironment().With("HOOKSYNC_TOKEN", "closed-token-abcdef");
        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(Server: $"http://127.0.0.1:{port}"), env, new SecretRedactor());
        using var client = new KubernetesClusterClient(connection, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ClusterException>(
            () => client.FindResourceAsync(new GroupVersionKind("", "v1", "ConfigMap"), CancellationToken.None));

        Assert.Equal(ClusterFailureKind.Unreachable, error.Kind);
        Assert.StartsWith($"cannot reach the Kubernetes API server at http://127.0.0.1:{port}: ", error.Message);
        Assert.DoesNotContain("closed-token-abcdef", error.ToString());
    }
}
