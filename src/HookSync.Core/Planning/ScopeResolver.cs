using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>Combines scopes declared by CRDs in the manifests with another source (built-in table or discovery).</summary>
internal sealed class ScopeResolver(IResourceScopes fallback, IReadOnlyDictionary<GroupKind, bool> declaredByCrds) : IResourceScopes
{
    public bool? IsNamespaced(GroupKind kind) =>
        declaredByCrds.TryGetValue(kind, out var namespaced) ? namespaced : fallback.IsNamespaced(kind);
}
