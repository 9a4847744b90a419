using System.Text.Json.Nodes;

namespace HookSync.Simulator.Apply;

/// <summary>JSON merge patch (RFC 7386) and the structural merge server-side apply uses.</summary>
internal static class JsonMerge
{
    /// <summary>RFC 7386: objects merge recursively, null removes a member, anything else replaces.</summary>
    public static JsonNode? MergePatch(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }
        var result = target is JsonObject targetObject ? targetObject.CloneObject() : [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = MergePatch(result[name], value);
            }
        }
        return result;
    }

    /// <summary>Merges an applied configuration into an object: maps merge, lists and scalars replace.</summary>
    public static void ApplyInto(JsonObject target, JsonObject applied)
    {
        foreach (var (name, value) in applied)
        {
            if (value is JsonObject child && target[name] is JsonObject existing)
            {
                ApplyInto(existing, child);
            }
            else if (value is null)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }
}
