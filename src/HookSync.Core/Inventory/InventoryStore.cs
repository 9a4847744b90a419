using System.Text.Json.Nodes;
using HookSync.Core.Model;
using HookSync.Core.Ports;

namespace HookSync.Core.Inventory;

/// <summary>
/// Reads and writes an app's inventory ConfigMap. A write is one whole-object create or replace, so a reader sees the old
/// inventory or the new one, never a mix; the replace carries the resourceVersion that was read, so a concurrent writer
/// (a run with <c>--no-lock</c>) is noticed and merged instead of overwritten.
/// </summary>
public sealed class InventoryStore(IClusterClient cluster, InventoryLocation location)
{
    private string? _resourceVersion;

    public InventoryLocation Location => location;

    public IClusterClient Cluster => cluster;

    /// <summary>The stored inventory; null when there is none yet (first run, or its namespace does not exist yet).</summary>
    public async Task<AppInventory?> ReadAsync(CancellationToken cancellationToken)
    {
        KubeObject? live;
        try
        {
            live = await cluster.GetAsync(location.Reference, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException e) when (e.Kind == ClusterFailureKind.NotFound)
        {
            live = null;
        }
        _resourceVersion = live?.ResourceVersion;
        if (live?.GetString("data", AppInventory.DataKey) is not { } json)
        {
            return null;
        }
        return AppInventory.FromJson(json, location.ToString());
    }

    /// <summary>
    /// Stores <paramref name="inventory"/>. When another writer got there first, <paramref name="merge"/> combines what it
    /// wrote with ours and the write is tried once more.
    /// </summary>
    public async Task WriteAsync(AppInventory inventory, Func<AppInventory?, AppInventory> merge, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var obj = ToConfigMap(inventory, _resourceVersion);
                var written = _resourceVersion is null
                    ? (await cluster.CreateAsync(obj, dryRun: false, cancellationToken).ConfigureAwait(false)).Live
                    : await cluster.ReplaceAsync(obj, cancellationToken).ConfigureAwait(false);
                _resourceVersion = written.ResourceVersion;
                return;
            }
            catch (ClusterException e) when (attempt == 0 && e.Kind is ClusterFailureKind.Conflict or ClusterFailureKind.AlreadyExists)
            {
                inventory = merge(await ReadAsync(cancellationToken).ConfigureAwait(false));
            }
        }
    }

    private KubeObject ToConfigMap(AppInventory inventory, string? resourceVersion)
    {
        var metadata = new JsonObject
        {
            ["name"] = location.Name,
            ["namespace"] = location.Namespace,
            ["labels"] = new JsonObject { ["app.kubernetes.io/managed-by"] = "hooksync" },
            ["annotations"] = new JsonObject { ["hooksync.dev/app"] = inventory.App },
        };
        if (resourceVersion is not null)
        {
            metadata["resourceVersion"] = resourceVersion;
        }
        return KubeObject.Adopt(new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ConfigMap",
            ["metadata"] = metadata,
            ["data"] = new JsonObject { [AppInventory.DataKey] = inventory.ToJson() },
        });
    }
}
