namespace HookSync.Core.Planning;

/// <summary>Argo CD's kind order (rule W2, taken from Helm's install order); compared on the kind string only, whatever the group.</summary>
public static class KindOrder
{
    /// <summary>The 35 ranked kinds, first to last.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget",
        "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass", "PersistentVolume",
        "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
        "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service", "DaemonSet", "Pod",
        "ReplicationController", "ReplicaSet", "Deployment", "HorizontalPodAutoscaler", "StatefulSet", "Job",
        "CronJob", "IngressClass", "Ingress", "APIService",
    ];

    private static readonly Dictionary<string, int> Ranks =
        Kinds.Select((kind, index) => (kind, index)).ToDictionary(p => p.kind, p => p.index - Kinds.Count, StringComparer.Ordinal);

    /// <summary>
    /// The rank used for sorting: Namespace is −35 … APIService −1, every other kind 0 (W3; Test_syncTasks_kindOrder),
    /// so custom resources, webhooks and PriorityClasses come after every ranked kind.
    /// </summary>
    public static int Rank(string kind) => Ranks.TryGetValue(kind, out var rank) ? rank : 0;
}
