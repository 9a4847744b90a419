using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HookSync.Core.Inventory;

/// <summary>
/// What one app has applied to the cluster (docs/sync-semantics.md#inventory): every non-hook object that may exist
/// because of it, the revision and the time of the run that wrote it. Stored as JSON in a ConfigMap.
/// </summary>
public sealed record AppInventory(string App, string Revision, DateTimeOffset WrittenAt, IReadOnlyList<InventoryEntry> Entries)
{
    /// <summary>The ConfigMap data key holding the JSON.</summary>
    public const string DataKey = "inventory.json";

    private const int FormatVersion = 1;

    public string ToJson()
    {
        var objects = new JsonArray();
        foreach (var entry in Entries.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal))
        {
            objects.Add((JsonNode)new JsonObject
            {
                ["apiVersion"] = entry.ApiVersion,
                ["kind"] = entry.Kind,
                ["namespace"] = entry.Namespace,
                ["name"] = entry.Name,
                ["source"] = entry.Source,
            });
        }
        var root = new JsonObject
        {
            ["version"] = FormatVersion,
            ["app"] = App,
            ["revision"] = Revision,
            ["writtenAt"] = WrittenAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["objects"] = objects,
        };
        return root.ToJsonString();
    }

    /// <summary>Reads the stored JSON; a document HookSync did not write (or a newer format) is an error naming the fix.</summary>
    public static AppInventory FromJson(string json, string where)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("not a JSON object");
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new InventoryFormatException($"the inventory {where} is not valid JSON ({e.Message}); delete it to start a new one (nothing will be pruned on the next run).");
        }
        if (root["version"]?.GetValueKind() != JsonValueKind.Number || root["version"]!.GetValue<int>() != FormatVersion)
        {
            throw new InventoryFormatException($"the inventory {where} has format version {root["version"]?.ToJsonString() ?? "none"}; this HookSync reads version {FormatVersion}. Upgrade HookSync, or delete the inventory to start a new one.");
        }
        var entries = new List<InventoryEntry>();
        foreach (var node in root["objects"] as JsonArray ?? [])
        {
            if (node is not JsonObject o || Text(o, "apiVersion") is not { Length: > 0 } apiVersion || Text(o, "kind") is not { Length: > 0 } kind
                || Text(o, "name") is not { Length: > 0 } name)
            {
                throw new InventoryFormatException($"the inventory {where} has an entry without apiVersion, kind and name: {node?.ToJsonString()}");
            }
            entries.Add(new InventoryEntry(apiVersion, kind, Text(o, "namespace") ?? string.Empty, name, Text(o, "source") ?? string.Empty));
        }
        var writtenAt = DateTimeOffset.TryParse(Text(root, "writtenAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : DateTimeOffset.MinValue;
        return new AppInventory(Text(root, "app") ?? string.Empty, Text(root, "revision") ?? string.Empty, writtenAt, entries);
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
