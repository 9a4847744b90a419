using System.Net;
using HookSync.Core.Model;
using HookSync.Core.Security;
using HookSync.Kubernetes.Credentials;
using HookSync.Testing;

namespace HookSync.Kubernetes.Tests.Support;

/// <summary>A <see cref="KubernetesClusterClient"/> whose HTTP answers come from a script (discovery is answered for core, batch and rbac).</summary>
internal sealed class ScriptedCluster : IDisposable
{
    public const string Server = "http://kube.test:6443";
    public const string Token = "scripted-token-abcdef";

    public ScriptedCluster(Func<HttpRequestMessage, int, HttpResponseMessage?> respond, TimeProvider? time = null, KubernetesClientOptions? options = null)
    {
        Redactor = new SecretRedactor();
        var connection = ClusterConnectionFactory.FromKubeconfigContent(
            Kubeconfigs.SingleToken(Server, Token), context: null, "test kubeconfig", new DictionaryEnvironment(), Redactor);
        Handler = new ScriptedHandler((request, index) => respond(request, index) ?? DiscoveryOrNotFound(request));
        Client = new KubernetesClusterClient(connection, time ?? TimeProvider.System, options ?? KubernetesClientOptions.Default, [Handler]);
    }

    public KubernetesClusterClient Client { get; }

    public ScriptedHandler Handler { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>The calls that were not discovery GETs.</summary>
    public IReadOnlyList<RecordedCall> ApiCalls => [.. Handler.Calls.Where(c => Discovery.For(c.Path) is null && !c.Path.StartsWith("/apis/example.com", StringComparison.Ordinal))];

    public static KubeObject ConfigMap(string name, string ns = "app") =>
        KubeObject.Parse($$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{name}}","namespace":"{{ns}}"},"data":{"k":"v"} }""");

    public static HttpResponseMessage Object(HttpStatusCode status, KubeObject obj, string resourceVersion = "7") =>
        ScriptedHandler.Json(status, obj.With(o => o["metadata"]!["resourceVersion"] = resourceVersion).ToJsonString());

    public void Dispose() => Client.Dispose();

    private static HttpResponseMessage DiscoveryOrNotFound(HttpRequestMessage request) =>
        Discovery.For(request.RequestUri!.AbsolutePath) is { } document
            ? ScriptedHandler.Json(HttpStatusCode.OK, document)
            : ScriptedHandler.Status(HttpStatusCode.NotFound, "NotFound", "the server could not find the requested resource");
}
