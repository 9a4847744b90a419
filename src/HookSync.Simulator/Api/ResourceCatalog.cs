using System.Collections.Immutable;

namespace HookSync.Simulator.Api;

/// <summary>What the cluster serves: the built-in resources plus the kinds of Established CRDs. Thread-safe.</summary>
internal sealed class ResourceCatalog
{
    private ImmutableDictionary<string, IReadOnlyList<ResourceType>> _custom =
        ImmutableDictionary<string, IReadOnlyList<ResourceType>>.Empty.WithComparers(StringComparer.Ordinal);

    public IReadOnlyList<ResourceType> All => [.. BuiltInResources.All, .. Volatile.Read(ref _custom).OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value)];

    /// <summary>Serves the kinds of an Established CRD (replacing what that CRD served before).</summary>
    public void Register(string crdName, IReadOnlyList<ResourceType> types) =>
        ImmutableInterlocked.Update(ref _custom, c => c.SetItem(crdName, types));

    public void Unregister(string crdName) => ImmutableInterlocked.Update(ref _custom, c => c.Remove(crdName));

    public ResourceType? Find(string group, string version, string name) =>
        All.FirstOrDefault(t => t.Group == group && t.Version == version && t.Name == name);

    /// <summary>The preferred (first listed) version of a group's resource, used for storage keys and controllers.</summary>
    public ResourceType? FindByKind(string group, string kind) =>
        All.FirstOrDefault(t => t.Group == group && string.Equals(t.Kind, kind, StringComparison.Ordinal));

    public IReadOnlyList<ResourceType>? Resources(string group, string version)
    {
        var list = All.Where(t => t.Group == group && t.Version == version).ToList();
        return list.Count == 0 ? null : list;
    }

    /// <summary>Groups (core excluded) with their versions, preferred first, in first-seen order.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<string> Versions)> Groups() =>
        [.. All.Where(t => t.Group.Length > 0).GroupBy(t => t.Group, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(t => t.Version).Distinct(StringComparer.Ordinal)]))];

    /// <summary>The type of a stored object (its CRD may be gone: then a generic stand-in with the key's names).</summary>
    public ResourceType ForKey(Store.ObjectKey key) =>
        All.FirstOrDefault(t => t.Group == key.Group && t.Name == key.Resource)
        ?? new ResourceType(key.Group, "v1", key.Resource, key.Resource, key.Namespace.Length > 0, false, []);
}
