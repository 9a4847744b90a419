namespace HookSync.Kubernetes.Tests.Support;

/// <summary>Discovery documents as the API server serves them, for scripted responses.</summary>
internal static class Discovery
{
    public const string CoreV1 = """
        {"kind":"APIResourceList","groupVersion":"v1","resources":[
          {"name":"configmaps","singularName":"configmap","namespaced":true,"kind":"ConfigMap","verbs":["get","list","watch","create","patch","delete"]},
          {"name":"namespaces","singularName":"namespace","namespaced":false,"kind":"Namespace","verbs":["get","list","watch","create","patch","delete"]},
          {"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["get","list","watch","create","patch","delete"]},
          {"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},
          {"name":"pods/status","singularName":"","namespaced":true,"kind":"Pod","verbs":["get","patch"]}]}
        """;

    public const string BatchV1 = """
        {"kind":"APIResourceList","groupVersion":"batch/v1","resources":[
          {"name":"jobs","singularName":"job","namespaced":true,"kind":"Job","verbs":["get","list","watch","create","patch","delete"]},
          {"name":"jobs/status","singularName":"","namespaced":true,"kind":"Job","verbs":["get","patch"]}]}
        """;

    public const string RbacV1 = """
        {"kind":"APIResourceList","groupVersion":"rbac.authorization.k8s.io/v1","resources":[
          {"name":"clusterroles","singularName":"clusterrole","namespaced":false,"kind":"ClusterRole","verbs":["get","list","watch","create","patch","delete"]}]}
        """;

    /// <summary>The discovery document for a path, or null (answer 404) for groups this fake does not serve.</summary>
    public static string? For(string path) => path switch
    {
        "/api/v1" => CoreV1,
        "/apis/batch/v1" => BatchV1,
        "/apis/rbac.authorization.k8s.io/v1" => RbacV1,
        _ => null,
    };
}
