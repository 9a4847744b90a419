using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>The apiserver's validation the simulator reproduces: required names and immutable fields.</summary>
internal static partial class ObjectValidation
{
    private const string PodUpdateRule =
        "Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`," +
        "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations)," +
        "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    public static void ValidateCreate(ResourceType type, JsonObject obj)
    {
        var name = obj.Str("metadata", "name");
        if (string.IsNullOrEmpty(name))
        {
            throw ApiException.Invalid(type, "", "metadata.name", "FieldValueRequired", "Required value: name or generateName is required");
        }
        // RBAC names are path segments (system:…); every other served kind uses RFC 1123 subdomain names.
        if (type.Group != "rbac.authorization.k8s.io" && (name.Length > 253 || !SubdomainName().IsMatch(name)))
        {
            throw ApiException.Invalid(type, name, "metadata.name", "FieldValueInvalid",
                $"Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', " +
                "and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is " +
                "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
        }
        if (type is { Group: "batch", Name: "jobs" } && obj.Str("spec", "template", "spec", "restartPolicy") is not ("Never" or "OnFailure"))
        {
            var value = obj.Str("spec", "template", "spec", "restartPolicy");
            throw ApiException.Invalid(type, name, "spec.template.spec.restartPolicy", value is null ? "FieldValueRequired" : "FieldValueNotSupported",
                value is null
                    ? "Required value: valid values: \"OnFailure\", \"Never\""
                    : $"Unsupported value: \"{value}\": supported values: \"OnFailure\", \"Never\"");
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainName();

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
