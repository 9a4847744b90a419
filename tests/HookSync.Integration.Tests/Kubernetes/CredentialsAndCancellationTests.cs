using System.Text;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes;
using HookSync.Kubernetes.Credentials;
using HookSync.Testing;

namespace HookSync.Integration.Tests.Kubernetes;

public sealed class CredentialsAndCancellationTests
{
    [Fact]
    public async Task Resolve_SimulatorKubeconfigAsBase64Secret_ConnectsOverPlainHttpWithToken()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var secret = Convert.ToBase64String(Encoding.UTF8.GetBytes(cluster.Simulator.KubeconfigYaml));
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", secret);
        var redactor = new SecretRedactor();
        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, redactor);
        using var client = new KubernetesClusterClient(connection, TimeProvider.System);

        var namespaces = await client.ListAsync(new GroupVersionKind("", "v1", "Namespace"), null, null, CancellationToken.None);

        Assert.Equal(cluster.Simulator.BaseUri.GetLeftPart(UriPartial.Authority), connection.Server);
        Assert.Equal("default", connection.Namespace);
        Assert.Contains("default", namespaces.Items.Select(n => n.Name));
        Assert.Contains("simulator-token", redactor.Secrets);
    }

    [Fact]
    public async Task Resolve_KubeconfigUserWithoutCredentials_TalksToAnUnauthenticatedServer()
    {
        // kubectl proxy and plain-http test clusters need no credentials; kubectl accepts such a user, so must HookSync.
        await using var cluster = await SimulatedCluster.StartAsync(o => o with { Token = null });
        var server = cluster.Simulator.BaseUri.GetLeftPart(UriPartial.Authority);
        var kubeconfig = "apiVersion: v1\nkind: Config\ncurrent-context: proxy\n"
            + $"clusters:\n- name: proxy\n  cluster:\n    server: {server}\n"
            + "users:\n- name: nobody\n  user: {}\n"
            + "contexts:\n- name: proxy\n  context:\n    cluster: proxy\n    user: nobody\n";
        var env = new DictionaryEnvironment().With("HOOKSYNC_KUBECONFIG", kubeconfig);
        var connection = ClusterConnectionFactory.Resolve(new CredentialOptions(), env, new SecretRedactor());
        using var client = new KubernetesClusterClient(connection, TimeProvider.System);

        var namespaces = await client.ListAsync(new GroupVersionKind("", "v1", "Namespace"), null, null, CancellationToken.None);

        Assert.Contains("default", namespaces.Items.Select(n => n.Name));
    }

    [Fact]
    public async Task WatchAsync_Cancelled_StopsWithOperationCanceled()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var applied = await cluster.Client.ApplyAsync(SimulatedCluster.ConfigMap("quiet"), new ApplyRequest(false, true), CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var watching = Record.ExceptionAsync(async () =>
        {
            await foreach (var change in cluster.Client.WatchAsync(ObjectReference.To(applied.Live), applied.Live.ResourceVersion, cts.Token))
            {
                Assert.Fail($"a ConfigMap nobody touches produced {change.Type}");
            }
        });
        // Let the watch connect and block on the stream before cancelling (D-4: cancellation must reach an open watch).
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await cts.CancelAsync();
        var error = await watching.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public async Task StreamPodLogAsync_UnknownContainer_ThrowsBadRequestWithTheServerMessage()
    {
        await using var cluster = await SimulatedCluster.StartAsync();
        var pod = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"hook","namespace":"default"},
             "spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"}]}}
            """);
        await cluster.Client.ApplyAsync(pod, new ApplyRequest(false, true), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ClusterException>(async () =>
        {
            await foreach (var line in cluster.Client.StreamPodLogAsync("default", "hook", "sidecar", follow: false, CancellationToken.None))
            {
                Assert.Fail($"no line expected, got {line}");
            }
        });

        Assert.Equal(ClusterFailureKind.BadRequest, error.Kind);
        Assert.Equal("container sidecar is not valid for pod hook", error.Message);
    }
}
