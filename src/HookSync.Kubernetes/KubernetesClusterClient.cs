using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Kubernetes.Credentials;
using HookSync.Kubernetes.Http;
using k8s;
using k8s.Models;

namespace HookSync.Kubernetes;

/// <summary>The cluster port over KubernetesClient: discovery, server-side apply, create, get, delete, list, watch and pod logs.</summary>
/// <remarks>Untyped JSON route only, because the AOT client's serializer knows only its generated models: any kind, CRDs included, goes through discovery and CustomObjects or raw HTTP.</remarks>
public sealed class KubernetesClusterClient : IClusterClient, IClusterCapabilities, IAccessReviewer, IDisposable
{
    /// <summary>How long the server keeps one watch open; the engine watches again when it ends.</summary>
    internal const int WatchTimeoutSeconds = 300;

    private readonly k8s.Kubernetes _client;
    private readonly RawApi _raw;
    private readonly ApiCaller _caller;
    private readonly ClusterErrors _errors;
    private readonly DiscoveryCache _discovery;
    private readonly string _defaultNamespace;
    private readonly AccessReviews _reviews;

    public KubernetesClusterClient(ClusterConnection connection, TimeProvider time)
        : this(connection, time, KubernetesClientOptions.Default, [])
    {
    }

    public KubernetesClusterClient(ClusterConnection connection, TimeProvider time, KubernetesClientOptions options)
        : this(connection, time, options, [])
    {
    }

    /// <summary>Tests append handlers (e.g. a scripted responder) after the credential capture.</summary>
    internal KubernetesClusterClient(ClusterConnection connection, TimeProvider time, DelegatingHandler[] handlers)
        : this(connection, time, KubernetesClientOptions.Default, handlers)
    {
    }

    internal KubernetesClusterClient(ClusterConnection connection, TimeProvider time, KubernetesClientOptions options, DelegatingHandler[] handlers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = new k8s.Kubernetes(connection.Configuration, [new CredentialCaptureHandler(connection.Redactor), .. handlers]);
        _raw = new RawApi(_client, time, connection.Configuration.HttpClientTimeout);
        _errors = new ClusterErrors(connection.Server, connection.Redactor);
        _caller = new ApiCaller(_errors, time, options);
        _discovery = new DiscoveryCache(FetchDiscoveryAsync);
        _defaultNamespace = connection.Namespace ?? "default";
        _reviews = new AccessReviews(_raw, _caller);
    }

    public Task<ApiResource?> FindResourceAsync(GroupVersionKind gvk, CancellationToken cancellationToken) =>
        _discovery.FindAsync(gvk, cancellationToken);

    public void InvalidateDiscovery() => _discovery.Clear();

    public Task<IReadOnlyList<PermissionNeed>> DeniedAsync(IReadOnlyList<PermissionNeed> needs, CancellationToken cancellationToken) =>
        _reviews.DeniedAsync(needs, cancellationToken);

    public Task<string?> IdentityAsync(CancellationToken cancellationToken) => _reviews.IdentityAsync(cancellationToken);

    public Task<ClusterCapabilities> ReadCapabilitiesAsync(CancellationToken cancellationToken) =>
        CapabilitiesReader.ReadAsync(FetchDiscoveryAsync, cancellationToken);

    public async Task<ApplyResult> ApplyAsync(KubeObject obj, ApplyRequest request, CancellationToken cancellationToken)
    {
        if (obj.Name.Length == 0)
        {
            throw new ArgumentException($"server-side apply needs metadata.name; {obj} has only generateName, use CreateAsync", nameof(obj));
        }
        ApiPaths.RequireSegment(obj.Name, "metadata.name");
        var resource = await RequireResourceAsync(obj.Gvk, cancellationToken).ConfigureAwait(false);
        var body = resource.Namespaced ? obj : KubeJson.WithoutNamespace(obj);
        var ns = ApiPaths.RequireSegment(NamespaceOf(resource, obj.Namespace), "metadata.namespace");
        // Raw PATCH rather than the generated client: the body is serialized once and the answer parsed once (the generated
        // call re-serializes the patch and parses the answer into a JsonElement that would be parsed again), which is most of
        // the client's CPU per object (docs/benchmarks.md, "Per-request overhead"). The server reads the JSON body as YAML.
        var path = ApiPaths.Collection(resource, ns) + "/" + ApiPaths.Escape(obj.Name) + ApplyQuery(request);
        var (status, answer) = await _caller.CallAsync(
            $"apply {Describe(obj.Gvk.Kind, ns, obj.Name)}{(request.DryRun ? " (dry run)" : string.Empty)}",
            token => _raw.SendAsync(HttpMethod.Patch, path, body.ToJsonString(), ApplyPatchMediaType, token),
            cancellationToken).ConfigureAwait(false);
        // 201 means the apply created the object; 200 that it existed (Unchanged is refined by the engine from resourceVersions).
        var action = status == (int)HttpStatusCode.Created ? ApplyAction.Created : ApplyAction.Configured;
        return new ApplyResult(KubeJson.ToObject(answer), action);
    }

    private const string ApplyPatchMediaType = "application/apply-patch+yaml";

    private static string ApplyQuery(ApplyRequest request)
    {
        var query = new StringBuilder("?fieldManager=").Append(ApiPaths.Escape(request.FieldManager));
        if (request.DryRun)
        {
            query.Append("&dryRun=All");
        }
        // force is always sent, as the generated client did, so the request says which way conflicts go.
        return query.Append("&fieldValidation=").Append(ApiPaths.Escape(request.FieldValidation))
            .Append(request.Force ? "&force=true" : "&force=false").ToString();
    }

    public async Task<ApplyResult> CreateAsync(KubeObject obj, bool dryRun, CancellationToken cancellationToken)
    {
        var resource = await RequireResourceAsync(obj.Gvk, cancellationToken).ConfigureAwait(false);
        var body = resource.Namespaced ? obj : KubeJson.WithoutNamespace(obj);
        var query = $"?fieldManager={ApiPaths.Escape(ApplyRequest.DefaultFieldManager)}{(dryRun ? "&dryRun=All" : string.Empty)}";
        var ns = ApiPaths.RequireSegment(NamespaceOf(resource, obj.Namespace), "metadata.namespace");
        var path = ApiPaths.Collection(resource, ns) + query;
        var description = $"create {Describe(obj.Gvk.Kind, ns, obj.Name.Length > 0 ? obj.Name : obj.GenerateName + "*")}{(dryRun ? " (dry run)" : string.Empty)}";
        // Raw POST: the Aot client's serializer only knows its generated models, not JsonElement/JsonObject bodies.
        // A dry-run stores nothing, so it may be repeated; a real create may not (a lost answer would make a second object).
        Func<CancellationToken, Task<(int, byte[])>> post = token => _raw.SendAsync(HttpMethod.Post, path, body.ToJsonString(), RawApi.JsonMediaType, token);
        var (_, json) = dryRun
            ? await _caller.CallAsync(description, post, cancellationToken).ConfigureAwait(false)
            : await _caller.CallOnceAsync(description, post, cancellationToken).ConfigureAwait(false);
        return new ApplyResult(KubeJson.ToObject(json), ApplyAction.Created);
    }

    public async Task<KubeObject> ReplaceAsync(KubeObject obj, CancellationToken cancellationToken)
    {
        ApiPaths.RequireSegment(obj.Name, "metadata.name");
        var resource = await RequireResourceAsync(obj.Gvk, cancellationToken).ConfigureAwait(false);
        var body = resource.Namespaced ? obj : KubeJson.WithoutNamespace(obj);
        var ns = NamespaceOf(resource, obj.Namespace);
        var query = $"?fieldManager={ApiPaths.Escape(ApplyRequest.DefaultFieldManager)}";
        var path = ApiPaths.Collection(resource, ns) + "/" + ApiPaths.Escape(obj.Name) + query;
        // Sent once: after a lost response a retry would fail its own resourceVersion precondition; the caller re-reads.
        var (_, json) = await _caller.CallOnceAsync($"replace {Describe(obj.Gvk.Kind, ns, obj.Name)}",
            token => _raw.SendAsync(HttpMethod.Put, path, body.ToJsonString(), RawApi.JsonMediaType, token), cancellationToken).ConfigureAwait(false);
        return KubeJson.ToObject(json);
    }

    public async Task<KubeObject?> GetAsync(ObjectReference target, CancellationToken cancellationToken)
    {
        ApiPaths.RequireSegment(target.Name, "metadata.name");
        var resource = await RequireResourceAsync(target.Gvk, cancellationToken).ConfigureAwait(false);
        // The generated client puts its arguments into the URL as given: each is escaped here to stay one path segment.
        var (g, v, p) = (Segment(resource.Gvk.Group), Segment(resource.Gvk.Version), Segment(resource.Plural));
        var ns = ApiPaths.RequireSegment(NamespaceOf(resource, target.Namespace), "metadata.namespace");
        try
        {
            using var response = await _caller.CallAsync(
                $"get {Describe(target.Gvk.Kind, ns, target.Name)}",
                token => resource.Namespaced
                    ? _client.CustomObjects.GetNamespacedCustomObjectWithHttpMessagesAsync(g, v, Segment(ns), p, Segment(target.Name), cancellationToken: token)
                    : _client.CustomObjects.GetClusterCustomObjectWithHttpMessagesAsync(g, v, p, Segment(target.Name), cancellationToken: token),
                cancellationToken).ConfigureAwait(false);
            return KubeJson.ToObject(response.Body);
        }
        catch (ClusterException e) when (e.Kind == ClusterFailureKind.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(ObjectReference target, DeletePropagation propagation, CancellationToken cancellationToken)
    {
        ApiPaths.RequireSegment(target.Name, "metadata.name");
        var resource = await RequireResourceAsync(target.Gvk, cancellationToken).ConfigureAwait(false);
        // The generated client puts its arguments into the URL as given: each is escaped here to stay one path segment.
        var (g, v, p) = (Segment(resource.Gvk.Group), Segment(resource.Gvk.Version), Segment(resource.Plural));
        var ns = ApiPaths.RequireSegment(NamespaceOf(resource, target.Namespace), "metadata.namespace");
        var options = new V1DeleteOptions { PropagationPolicy = propagation.ToString() };
        try
        {
            using var response = await _caller.CallAsync(
                $"delete {Describe(target.Gvk.Kind, ns, target.Name)}",
                token => resource.Namespaced
                    ? _client.CustomObjects.DeleteNamespacedCustomObjectWithHttpMessagesAsync(g, v, Segment(ns), p, Segment(target.Name), options, cancellationToken: token)
                    : _client.CustomObjects.DeleteClusterCustomObjectWithHttpMessagesAsync(g, v, p, Segment(target.Name), options, cancellationToken: token),
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ClusterException e) when (e.Kind == ClusterFailureKind.NotFound)
        {
            return false;
        }
    }

    public async Task<ObjectList> ListAsync(GroupVersionKind gvk, string? ns, string? labelSelector, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(ns))
        {
            ApiPaths.RequireSegment(ns, "namespace");
        }
        var resource = await RequireResourceAsync(gvk, cancellationToken).ConfigureAwait(false);
        // The generated client puts its arguments into the URL as given: each is escaped here to stay one path segment.
        var (g, v, p) = (Segment(resource.Gvk.Group), Segment(resource.Gvk.Version), Segment(resource.Plural));
        using var response = await _caller.CallAsync(
            $"list {gvk.Kind}{(string.IsNullOrEmpty(ns) ? string.Empty : " in " + ns)}",
            token => !resource.Namespaced
                ? _client.CustomObjects.ListClusterCustomObjectWithHttpMessagesAsync(g, v, p, labelSelector: labelSelector, cancellationToken: token)
                : string.IsNullOrEmpty(ns)
                    ? _client.CustomObjects.ListCustomObjectForAllNamespacesWithHttpMessagesAsync(g, v, p, labelSelector: labelSelector, cancellationToken: token)
                    : _client.CustomObjects.ListNamespacedCustomObjectWithHttpMessagesAsync(g, v, Segment(ns), p, labelSelector: labelSelector, cancellationToken: token),
            cancellationToken).ConfigureAwait(false);
        return KubeJson.ToList(response.Body, resource.Gvk);
    }

    public async IAsyncEnumerable<WatchEvent> WatchAsync(
        ObjectReference target, string? resourceVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resource = await RequireResourceAsync(target.Gvk, cancellationToken).ConfigureAwait(false);
        var ns = ApiPaths.RequireSegment(NamespaceOf(resource, target.Namespace), "metadata.namespace");
        var path = ApiPaths.Watch(resource, ns, target.Name, resourceVersion, WatchTimeoutSeconds);
        // KubernetesClient.Aot has no Watch API: read the chunked stream line by line, one event per line.
        await foreach (var line in StreamLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (line.Length > 0)
            {
                yield return WatchEventParser.Parse(line, resource.Gvk, _errors);
            }
        }
    }

    public async IAsyncEnumerable<WatchEvent> WatchKindAsync(
        GroupVersionKind gvk, string ns, string? resourceVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resource = await RequireResourceAsync(gvk, cancellationToken).ConfigureAwait(false);
        var path = ApiPaths.WatchCollection(resource, ApiPaths.RequireSegment(NamespaceOf(resource, ns), "namespace"), resourceVersion, WatchTimeoutSeconds);
        await foreach (var line in StreamLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (line.Length > 0)
            {
                yield return WatchEventParser.Parse(line, resource.Gvk, _errors);
            }
        }
    }

    public async Task<IReadOnlyList<KubeObject>> ListEventsAsync(ObjectReference about, CancellationToken cancellationToken)
    {
        var ns = ApiPaths.RequireSegment(about.Namespace.Length > 0 ? about.Namespace : _defaultNamespace, "namespace");
        var path = ApiPaths.Events(ns, about.Gvk.Kind, ApiPaths.RequireSegment(about.Name, "metadata.name"));
        var body = await _caller.CallAsync($"list events of {about}", token => _raw.GetStringAsync(path, token), cancellationToken).ConfigureAwait(false);
        return KubeJson.ToEvents(body);
    }

    public IAsyncEnumerable<string> StreamPodLogAsync(string ns, string pod, string? container, bool follow, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (follow)
        {
            query.Add("follow=true");
        }
        if (!string.IsNullOrEmpty(container))
        {
            query.Add("container=" + ApiPaths.Escape(container));
        }
        var path = ApiPaths.PodLog(ApiPaths.RequireSegment(ns, "namespace"), ApiPaths.RequireSegment(pod, "pod name")) + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
        return StreamLinesAsync(path, cancellationToken);
    }

    public void Dispose() => _client.Dispose();

    private async IAsyncEnumerable<string> StreamLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await _caller.CallAsync(
            "open " + path.Split('?')[0], token => _raw.OpenStreamAsync(path, token), cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            while (await LineReader.ReadLineOrEndAsync(reader, cancellationToken).ConfigureAwait(false) is { } line)
            {
                yield return line;
            }
        }
    }

    private async Task<ApiResource> RequireResourceAsync(GroupVersionKind gvk, CancellationToken cancellationToken) =>
        await FindResourceAsync(gvk, cancellationToken).ConfigureAwait(false)
            ?? throw new ClusterException(
                ClusterFailureKind.NotServed,
                $"the server does not serve kind \"{gvk.Kind}\" in \"{gvk.ApiVersion}\"; is its CustomResourceDefinition installed?");

    private Task<string?> FetchDiscoveryAsync(string path, CancellationToken cancellationToken) =>
        _caller.CallAsync<string?>(
            "discover " + path,
            async token =>
            {
                try
                {
                    return await _raw.GetStringAsync(path, token).ConfigureAwait(false);
                }
                catch (ApiStatusException e) when (e.StatusCode == 404)
                {
                    // The group/version is not served (a CRD not installed yet): a normal answer, not a failure.
                    return null;
                }
            },
            cancellationToken);

    private static string Segment(string value) => ApiPaths.Escape(ApiPaths.RequireSegment(value, "a path segment"));

    private static string Describe(string kind, string ns, string name) => ns.Length > 0 ? $"{kind} {ns}/{name}" : $"{kind} {name}";

    private string NamespaceOf(ApiResource resource, string ns) =>
        !resource.Namespaced ? string.Empty : ns.Length > 0 ? ns : _defaultNamespace;
}
