using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>The scope of the built-in Kubernetes kinds, for planning without a cluster (D-10). Unknown kinds answer null.</summary>
public sealed class BuiltInScopes : IResourceScopes
{
    public static BuiltInScopes Instance { get; } = new();

    private static readonly HashSet<GroupKind> ClusterScoped =
    [
        new("", "Namespace"), new("", "Node"), new("", "PersistentVolume"), new("", "ComponentStatus"),
        new("rbac.authorization.k8s.io", "ClusterRole"), new("rbac.authorization.k8s.io", "ClusterRoleBinding"),
        new("apiextensions.k8s.io", "CustomResourceDefinition"), new("apiregistration.k8s.io", "APIService"),
        new("storage.k8s.io", "StorageClass"), new("storage.k8s.io", "CSIDriver"), new("storage.k8s.io", "CSINode"),
        new("storage.k8s.io", "VolumeAttachment"), new("scheduling.k8s.io", "PriorityClass"),
        new("networking.k8s.io", "IngressClass"), new("node.k8s.io", "RuntimeClass"),
        new("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
        new("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
        new("admissionregistration.k8s.io", "ValidatingAdmissionPolicy"),
        new("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"),
        new("certificates.k8s.io", "CertificateSigningRequest"), new("flowcontrol.apiserver.k8s.io", "FlowSchema"),
        new("flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"), new("policy", "PodSecurityPolicy"),
    ];

    private static readonly HashSet<string> NamespacedGroups =
    [
        "", "apps", "batch", "autoscaling", "policy", "networking.k8s.io", "rbac.authorization.k8s.io",
        "coordination.k8s.io", "discovery.k8s.io", "events.k8s.io", "storage.k8s.io", "extensions",
    ];

    public bool? IsNamespaced(GroupKind kind)
    {
        if (ClusterScoped.Contains(kind))
        {
            return false;
        }
        // Every other kind of a built-in group is namespaced; kinds of other groups are custom resources whose
        // scope only their CRD (or the cluster's discovery) knows.
        return NamespacedGroups.Contains(kind.Group) ? true : null;
    }
}
