using HookSync.Core.Model;

namespace HookSync.Core.Planning;

/// <summary>Answers whether a kind is namespaced.</summary>
public interface IResourceScopes
{
    /// <summary>True when namespaced, false when cluster-scoped, null when the kind is unknown.</summary>
    bool? IsNamespaced(GroupKind kind);
}
