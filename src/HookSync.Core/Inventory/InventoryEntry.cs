using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Inventory;

/// <summary>One object the app applied: enough to find it again (GET, DELETE) and to say where it came from.</summary>
/// <param name="ApiVersion">The apiVersion it was applied with.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Namespace">Its namespace; empty for cluster-scoped objects.</param>
/// <param name="Name">Its name.</param>
/// <param name="Source">The manifest file and line it was applied from, in the inventory's revision.</param>
public sealed record InventoryEntry(string ApiVersion, string Kind, string Namespace, string Name, string Source)
{
    public GroupVersionKind Gvk => GroupVersionKind.From(ApiVersion, Kind);

    /// <summary>Version-independent identity, as the plan keys its tasks.</summary>
    public ResourceKey Key => new(Gvk.Group, Kind, Namespace, Name);

    public ObjectReference Reference => new(Gvk, Namespace, Name);

    public static InventoryEntry Of(KubeObject obj, SourceLocation source) =>
        new(obj.ApiVersion, obj.Kind, obj.Namespace, obj.Name, source.ToString());

    public override string ToString() => Reference.ToString();
}
