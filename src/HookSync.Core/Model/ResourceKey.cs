namespace HookSync.Core.Model;

/// <summary>Identity of an object in a cluster: group, kind, namespace and name (no version).</summary>
public readonly record struct ResourceKey(string Group, string Kind, string Namespace, string Name)
{
    /// <summary>Argo CD's display form <c>group/kind/name</c>; core objects start with a bare slash (rule R3).</summary>
    public string ArgoName => $"{Group}/{Kind}/{Name}";

    public override string ToString() =>
        Namespace.Length == 0 ? $"{Group}/{Kind}/{Name}" : $"{Group}/{Kind}/{Namespace}/{Name}";
}
