using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>
/// The apiserver's field validation (<c>fieldValidation=Strict|Warn|Ignore</c>) for the top level and metadata of built-in
/// kinds: an unknown field is refused under Strict and dropped otherwise, as a real server drops fields its schema lacks.
/// Custom resources and kinds not listed here are not checked (their schemas live in their CRDs).
/// </summary>
internal static class FieldSchema
{
    private static readonly string[] Common = ["apiVersion", "kind", "metadata"];

    private static readonly HashSet<string> MetadataFields = new(StringComparer.Ordinal)
    {
        "name", "generateName", "namespace", "labels", "annotations", "finalizers", "ownerReferences", "resourceVersion", "uid",
        "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "managedFields", "selfLink",
    };

    private static readonly Dictionary<string, string[]> TopLevel = new(StringComparer.Ordinal)
    {
        ["/ConfigMap"] = ["data", "binaryData", "immutable"],
        ["/Secret"] = ["data", "stringData", "type", "immutable"],
        ["/ServiceAccount"] = ["secrets", "imagePullSecrets", "automountServiceAccountToken"],
        ["/Namespace"] = ["spec", "status"],
        ["/Service"] = ["spec", "status"],
        ["/Pod"] = ["spec", "status"],
        ["/PersistentVolumeClaim"] = ["spec", "status"],
        ["/LimitRange"] = ["spec"],
        ["/ResourceQuota"] = ["spec", "status"],
        ["apps/Deployment"] = ["spec", "status"],
        ["apps/StatefulSet"] = ["spec", "status"],
        ["apps/DaemonSet"] = ["spec", "status"],
        ["apps/ReplicaSet"] = ["spec", "status"],
        ["batch/Job"] = ["spec", "status"],
        ["batch/CronJob"] = ["spec", "status"],
        ["rbac.authorization.k8s.io/Role"] = ["rules"],
        ["rbac.authorization.k8s.io/ClusterRole"] = ["rules", "aggregationRule"],
        ["rbac.authorization.k8s.io/RoleBinding"] = ["subjects", "roleRef"],
        ["rbac.authorization.k8s.io/ClusterRoleBinding"] = ["subjects", "roleRef"],
        ["networking.k8s.io/Ingress"] = ["spec", "status"],
        ["networking.k8s.io/NetworkPolicy"] = ["spec"],
        ["policy/PodDisruptionBudget"] = ["spec", "status"],
        ["coordination.k8s.io/Lease"] = ["spec"],
    };

    /// <summary>Removes the fields the kind's schema lacks and returns their paths (<c>.spec2</c>, <c>.metadata.lables</c>).</summary>
    public static IReadOnlyList<string> DropUnknown(ResourceType type, JsonObject obj)
    {
        if (!TopLevel.TryGetValue($"{type.Group}/{type.Kind}", out var fields))
        {
            return [];
        }
        var unknown = new List<string>();
        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            if (!Common.Contains(key) && !fields.Contains(key))
            {
                unknown.Add("." + key);
                obj.Remove(key);
            }
        }
        if (obj["metadata"] is JsonObject metadata)
        {
            foreach (var key in metadata.Select(p => p.Key).Where(k => !MetadataFields.Contains(k)).ToList())
            {
                unknown.Add(".metadata." + key);
                metadata.Remove(key);
            }
        }
        return unknown;
    }

    /// <summary>Under Strict, the apiserver's refusal; otherwise the unknown fields are dropped (Warn would add a Warning header).</summary>
    public static void Enforce(ResourceType type, JsonObject obj, WriteRequest write, bool apply)
    {
        var unknown = DropUnknown(type, obj);
        if (unknown.Count == 0 || write.FieldValidation != "Strict")
        {
            return;
        }
        var gvk = type.Group.Length == 0 ? $"/{type.Version}, Kind={type.Kind}" : $"{type.Group}/{type.Version}, Kind={type.Kind}";
        throw apply
            ? ApiException.BadRequest($"failed to create typed patch object ({gvk}): {unknown[0]}: field not declared in schema")
            : ApiException.BadRequest($"strict decoding error: {string.Join(", ", unknown.Select(u => $"unknown field \"{u.TrimStart('.')}\""))}");
    }
}
