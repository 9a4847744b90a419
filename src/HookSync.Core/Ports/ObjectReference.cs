using HookSync.Core.Model;

namespace HookSync.Core.Ports;

/// <summary>Points at one object: kind with version, namespace (empty for cluster-scoped) and name.</summary>
public sealed record ObjectReference(GroupVersionKind Gvk, string Namespace, string Name)
{
    public static ObjectReference To(KubeObject obj) => new(obj.Gvk, obj.Namespace, obj.Name);

    public override string ToString() => Namespace.Length == 0 ? $"{Gvk.Kind}/{Name}" : $"{Gvk.Kind}/{Namespace}/{Name}";
}
