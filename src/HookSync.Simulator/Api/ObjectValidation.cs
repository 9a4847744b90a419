using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>The apiserver's validation the simulator reproduces: required names and immutable fields.</summary>
internal static class ObjectValidation
{
    private const string PodUpdateRule =
        "Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`," +
        "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations)," +
        "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    public static void ValidateCreate(ResourceType type, JsonObject obj)
    {
        if (string.IsNullOrEmpty(obj.Str("metadata", "name")))
        {
            throw ApiException.Invalid(type, "", "metadata.name", "FieldValueRequired", "Required value: name or generateName is required");
        }
    }

    public static void ValidateUpdate(ResourceType type, JsonObject live, JsonObject updated)
    {
        var name = live.Str("metadata", "name") ?? "";
        if (type is { Group: "batch", Name: "jobs" })
        {
            foreach (var field in new[] { "template", "selector" })
            {
                var before = live.At("spec", field);
                var after = updated.At("spec", field);
                if (!JsonNode.DeepEquals(before, after) && !(field == "selector" && after is null))
                {
                    throw ApiException.Invalid(type, name, "spec." + field, "FieldValueInvalid",
                        $"Invalid value: {after?.ToJsonString() ?? "null"}: field is immutable");
                }
            }
        }
        if (type is { Group: "", Name: "pods" } && !JsonNode.DeepEquals(WithoutImages(live["spec"]), WithoutImages(updated["spec"])))
        {
            throw ApiException.Invalid(type, name, "spec", "FieldValueForbidden", PodUpdateRule);
        }
    }

    private static JsonNode? WithoutImages(JsonNode? spec)
    {
        if (spec?.DeepClone() is not JsonObject copy)
        {
            return spec;
        }
        foreach (var list in new[] { "containers", "initContainers" })
        {
            foreach (var container in (copy[list] as JsonArray)?.OfType<JsonObject>() ?? [])
            {
                container.Remove("image");
            }
        }
        copy.Remove("activeDeadlineSeconds");
        copy.Remove("tolerations");
        return copy;
    }
}
