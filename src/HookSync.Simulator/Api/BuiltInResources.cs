namespace HookSync.Simulator.Api;

/// <summary>The resources a fresh cluster serves, per group/version, preferred version of each group first.</summary>
internal static class BuiltInResources
{
    public static IReadOnlyList<ResourceType> All { get; } =
    [
        R("", "v1", "namespaces", "Namespace", false, true, "ns"),
        R("", "v1", "pods", "Pod", true, true, "po"),
        R("", "v1", "services", "Service", true, true, "svc"),
        R("", "v1", "configmaps", "ConfigMap", true, false, "cm"),
        R("", "v1", "secrets", "Secret", true, false),
        R("", "v1", "serviceaccounts", "ServiceAccount", true, false, "sa"),
        R("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true, true, "pvc"),
        R("", "v1", "persistentvolumes", "PersistentVolume", false, true, "pv"),
        R("", "v1", "events", "Event", true, false, "ev"),
        R("", "v1", "resourcequotas", "ResourceQuota", true, true, "quota"),
        R("", "v1", "limitranges", "LimitRange", true, false, "limits"),
        R("", "v1", "replicationcontrollers", "ReplicationController", true, true, "rc"),
        R("", "v1", "endpoints", "Endpoints", true, false, "ep"),
        R("apps", "v1", "deployments", "Deployment", true, true, "deploy"),
        R("apps", "v1", "replicasets", "ReplicaSet", true, true, "rs"),
        R("apps", "v1", "statefulsets", "StatefulSet", true, true, "sts"),
        R("apps", "v1", "daemonsets", "DaemonSet", true, true, "ds"),
        R("batch", "v1", "jobs", "Job", true, true),
        R("batch", "v1", "cronjobs", "CronJob", true, true, "cj"),
        R("rbac.authorization.k8s.io", "v1", "roles", "Role", true, false),
        R("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", true, false),
        R("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false, false),
        R("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", false, false),
        R("networking.k8s.io", "v1", "ingresses", "Ingress", true, true, "ing"),
        R("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true, false, "netpol"),
        R("networking.k8s.io", "v1", "ingressclasses", "IngressClass", false, false),
        R("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true, true, "pdb"),
        R("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true, true, "hpa"),
        R("autoscaling", "v1", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true, true, "hpa"),
        R("storage.k8s.io", "v1", "storageclasses", "StorageClass", false, false, "sc"),
        R("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false, true, "crd", "crds"),
        R("coordination.k8s.io", "v1", "leases", "Lease", true, false),
        R("admissionregistration.k8s.io", "v1", "validatingwebhookconfigurations", "ValidatingWebhookConfiguration", false, false),
        R("admissionregistration.k8s.io", "v1", "mutatingwebhookconfigurations", "MutatingWebhookConfiguration", false, false),
        R("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", false, false, "pc"),
        R("apiregistration.k8s.io", "v1", "apiservices", "APIService", false, true),
    ];

    private static ResourceType R(string group, string version, string name, string kind, bool namespaced, bool status, params string[] shortNames) =>
        new(group, version, name, kind, namespaced, status, shortNames);
}
