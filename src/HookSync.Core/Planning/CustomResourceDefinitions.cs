using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>Reads the group/kind and scope that a CustomResourceDefinition declares.</summary>
internal static class CustomResourceDefinitions
{
    public static bool IsCrd(KubeObject obj) =>
        obj.Kind == "CustomResourceDefinition" && obj.Group == "apiextensions.k8s.io";

    /// <summary>The group/kind a CRD serves, or null when its spec does not say.</summary>
    public static GroupKind? ServedKind(KubeObject crd)
    {
        var group = crd.GetString("spec", "group");
        var kind = crd.GetString("spec", "names", "kind");
        return group is null || kind is null ? null : new GroupKind(group, kind);
    }

    /// <summary>True for <c>spec.scope: Namespaced</c> (the API server requires the field; Namespaced if absent).</summary>
    public static bool IsNamespaced(KubeObject crd) => crd.GetString("spec", "scope") != "Cluster";
}
