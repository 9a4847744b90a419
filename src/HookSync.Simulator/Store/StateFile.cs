using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using HookSync.Simulator.Api;
using HookSync.Simulator.Apply;
using HookSync.Simulator.Controllers;

namespace HookSync.Simulator.Store;

/// <summary>
/// Keeps the simulated cluster's objects in a file between processes (<c>--simulate-state</c>), so a second
/// <c>sync --simulate</c> finds what the first applied: prune, re-runs of named hooks and <c>diff</c> can be rehearsed from the
/// command line. Field ownership is kept per object as its first manager; watches, logs and pending controller work are not.
/// </summary>
internal static class StateFile
{
    private const int FormatVersion = 1;

    public static void Save(SimulatorContext context, string path)
    {
        var objects = new JsonArray();
        context.Store.Transact(tx =>
        {
            foreach (var stored in tx.All().OrderBy(o => o.Key.Group, StringComparer.Ordinal).ThenBy(o => o.Key.Resource, StringComparer.Ordinal)
                         .ThenBy(o => o.Key.Namespace, StringComparer.Ordinal).ThenBy(o => o.Key.Name, StringComparer.Ordinal))
            {
                var manager = stored.Owners.Values.Select(o => o.Manager).FirstOrDefault() ?? "unknown";
                var obj = stored.Object.CloneObject();
                obj.Metadata().Remove("managedFields");
                objects.Add((JsonNode)new JsonObject
                {
                    ["group"] = stored.Key.Group,
                    ["resource"] = stored.Key.Resource,
                    ["manager"] = manager,
                    ["object"] = obj,
                });
            }
        });
        var text = new JsonObject { ["version"] = FormatVersion, ["objects"] = objects }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // Written beside and moved over, so a crash never leaves half a file.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads a saved state; CRDs first, their kinds served at once, then everything else.</summary>
    public static void Load(SimulatorContext context, string path)
    {
        if (!File.Exists(path))
        {
            return;
        }
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new JsonException("not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the simulator state {path} is not valid JSON ({e.Message}); delete it to start from an empty cluster.", e);
        }
        if (root["version"]?.GetValueKind() != JsonValueKind.Number || root["version"]!.GetValue<int>() != FormatVersion)
        {
            throw new InvalidDataException($"the simulator state {path} has an unknown format; delete it to start from an empty cluster.");
        }
        var entries = (root["objects"] as JsonArray ?? []).OfType<JsonObject>()
            .OrderByDescending(e => e.Str("resource") == "customresourcedefinitions").ToList();
        context.Store.Transact(tx =>
        {
            foreach (var entry in entries)
            {
                if (entry["object"] is not JsonObject saved || saved.Str("metadata", "name") is not { Length: > 0 } name)
                {
                    continue;
                }
                var obj = saved.CloneObject();
                var key = new ObjectKey(entry.Str("group") ?? "", entry.Str("resource") ?? "", obj.Str("metadata", "namespace") ?? "", name);
                var manager = entry.Str("manager") ?? "unknown";
                var owners = ServerSideApply.RecordUpdate(ObjectStore.NoOwners, [], obj, manager, obj.Str("apiVersion") ?? "v1", tx.Now);
                tx.Put(key, obj, owners);
                if (key.SameKind("apiextensions.k8s.io", "customresourcedefinitions"))
                {
                    context.Catalog.Register(name, CrdController.TypesOf(obj));
                }
            }
        });
    }
}
