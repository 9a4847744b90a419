using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HookSync.Simulator.Api;

/// <summary>GET of one object and LIST (label and field selectors, one namespace or all).</summary>
internal sealed class ResourceReader(SimulatorContext context)
{
    public JsonObject Get(ApiPath path)
    {
        var key = ObjectShape.KeyOf(path.Type, path.Namespace, path.Name!);
        var stored = context.Store.Transact(tx => tx.Get(key)) ?? throw ApiException.NotFound(path.Type, path.Name!);
        return ObjectShape.Output(path.Type, stored.Object);
    }

    public JsonObject List(ApiPath path, IQueryCollection query)
    {
        var labels = LabelSelector.Parse(query["labelSelector"]);
        var fields = FieldSelector.Parse(query["fieldSelector"]);
        var type = path.Type;
        var (items, revision) = context.Store.Transact(tx =>
            (tx.List(type.Group, type.Name, type.Namespaced ? path.Namespace : null)
                .Where(o => labels.Matches(o.Object) && fields.Matches(o.Object))
                .Select(o => (JsonNode)ObjectShape.Output(type, o.Object)).ToList(), tx.Revision));
        return new JsonObject
        {
            ["kind"] = type.ListKind,
            ["apiVersion"] = type.GroupVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = revision.Invariant() },
            ["items"] = new JsonArray([.. items]),
        };
    }
}
