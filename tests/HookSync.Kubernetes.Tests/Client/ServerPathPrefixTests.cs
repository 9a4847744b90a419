using System.Net;
using HookSync.Core.Ports;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Tests.Support;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Client;

public sealed class ServerPathPrefixTests
{
    // The GitLab agent's kubeconfig points at a proxy path (https://kas.example/k8s-proxy): every call must keep it.
    [Fact]
    public async Task Calls_ServerWithPathPrefix_KeepThePrefix()
    {
        var handler = new ScriptedHandler((request, _) =>
        {
            var path = request.RequestUri!.AbsolutePath;
            return path == "/k8s-proxy/api/v1"
                ? ScriptedHandler.Json(HttpStatusCode.OK, Discovery.CoreV1)
                : path.EndsWith("/log", StringComparison.Ordinal)
                    ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("line\n") }
                    : ScriptedHandler.Status(HttpStatusCode.NotFound, "NotFound", "not found");
        });
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            Kubeconfigs.SingleToken("https://kas.example.test/k8s-proxy", "agent-token-1234"), null, "test", new DictionaryEnvironment(), new SecretRedactor());
        using var client = new KubernetesClusterClient(connection, TimeProvider.System, [handler]);

        var resource = await client.FindResourceAsync(new("", "v1", "ConfigMap"), CancellationToken.None);
        var missing = await client.GetAsync(new ObjectReference(new("", "v1", "ConfigMap"), "app", "settings"), CancellationToken.None);
        await foreach (var _ in client.StreamPodLogAsync("app", "hook", null, follow: false, CancellationToken.None))
        {
        }

        Assert.NotNull(resource);
        Assert.Null(missing);
        Assert.Equal(
            ["/k8s-proxy/api/v1", "/k8s-proxy/api/v1/namespaces/app/configmaps/settings", "/k8s-proxy/api/v1/namespaces/app/pods/hook/log"],
            handler.Calls.Select(c => c.Path));
    }
}
