using System.Text.Json.Nodes;
using HookSync.Simulator.Store;

namespace HookSync.Simulator.Api;

/// <summary>Checks and normalises a request body against the URL it was sent to (kind, apiVersion, namespace, name).</summary>
internal static class ObjectShape
{
    public static JsonObject Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw ApiException.BadRequest("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw ApiException.BadRequest("error decoding request body: " + ex.Message.Split('.')[0]);
        }
    }

    /// <summary>Returns the body with apiVersion, kind and metadata first and the URL's namespace filled in.</summary>
    public static JsonObject Normalize(ResourceType type, ApiPath path, JsonObject body)
    {
        var kind = body.Str("kind");
        if (kind is not null && kind != type.Kind)
        {
            throw ApiException.BadRequest($"the kind in the data ({kind}) does not match the expected kind ({type.Kind})");
        }
        var apiVersion = body.Str("apiVersion");
        if (apiVersion is not null && apiVersion != type.GroupVersion)
        {
            throw ApiException.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({type.GroupVersion})");
        }
        var metadata = body["metadata"] as JsonObject ?? [];
        var bodyNamespace = metadata.Str("namespace");
        if (type.Namespaced && bodyNamespace is not null && path.Namespace is not null && bodyNamespace != path.Namespace)
        {
            throw ApiException.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
        var bodyName = metadata.Str("name");
        if (path.Name is not null && bodyName is not null && bodyName != path.Name)
        {
            throw ApiException.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({path.Name})");
        }
        var result = new JsonObject { ["apiVersion"] = type.GroupVersion, ["kind"] = type.Kind };
        var newMetadata = metadata.CloneObject();
        newMetadata.Remove("managedFields");
        if (path.Name is not null)
        {
            newMetadata["name"] = path.Name;
        }
        if (type.Namespaced)
        {
            newMetadata["namespace"] = path.Namespace;
        }
        else
        {
            newMetadata.Remove("namespace");
        }
        result["metadata"] = newMetadata;
        foreach (var (name, value) in body.Where(p => p.Key is not ("apiVersion" or "kind" or "metadata")))
        {
            result[name] = value?.DeepClone();
        }
        return result;
    }

    public static ObjectKey KeyOf(ResourceType type, string? ns, string name) =>
        new(type.Group, type.Name, type.Namespaced ? ns ?? "" : "", name);

    /// <summary>A copy fit to send: the requested version's apiVersion, and never the stored instance itself.</summary>
    public static JsonObject Output(ResourceType type, JsonObject stored)
    {
        var copy = stored.CloneObject();
        copy["apiVersion"] = type.GroupVersion;
        return copy;
    }
}
