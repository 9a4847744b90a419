using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HookSync.Simulator.Apply;

namespace HookSync.Simulator.Store;

/// <summary>Writes field ownership into <c>metadata.managedFields</c> in the FieldsV1 shape clients expect.</summary>
internal static class ManagedFieldsRenderer
{
    public static void Render(JsonObject metadata, ImmutableDictionary<string, FieldOwner> owners)
    {
        metadata.Remove("managedFields");
        if (owners.IsEmpty)
        {
            return;
        }
        var entries = new JsonArray();
        foreach (var owner in owners.Values.OrderBy(o => o.Manager, StringComparer.Ordinal))
        {
            var fields = new JsonObject();
            foreach (var path in owner.Paths.Order(StringComparer.Ordinal))
            {
                var node = fields;
                foreach (var segment in FieldPaths.Segments(path))
                {
                    node = node.Obj("f:" + segment);
                }
            }
            entries.Add((JsonNode)new JsonObject
            {
                ["manager"] = owner.Manager,
                ["operation"] = owner.Operation,
                ["apiVersion"] = owner.ApiVersion,
                ["time"] = owner.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = fields,
            });
        }
        metadata["managedFields"] = entries;
    }
}
