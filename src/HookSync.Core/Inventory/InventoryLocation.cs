using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Inventory;

/// <summary>Where an app's inventory lives: ConfigMap <c>hooksync-&lt;app&gt;</c> in a namespace (<c>--inventory-namespace</c>).</summary>
public sealed record InventoryLocation(string Namespace, string Name)
{
    /// <summary>The ConfigMap's name for an app: the lock's naming rule, so both are found side by side.</summary>
    public static InventoryLocation For(string app, string ns) => new(ns, Locking.LeaseName.For(app));

    public ObjectReference Reference => new(new GroupVersionKind(string.Empty, "v1", "ConfigMap"), Namespace, Name);

    public override string ToString() => $"ConfigMap {Namespace}/{Name}";
}
