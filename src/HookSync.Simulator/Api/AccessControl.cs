using System.Text.Json.Nodes;

namespace HookSync.Simulator.Api;

/// <summary>
/// The simulated identity's rights: answers SelfSubjectAccessReview and SelfSubjectReview, and refuses a denied request with the
/// apiserver's own 403 (message and details as RBAC writes them), so a rehearsal without the preflight fails where a cluster would.
/// </summary>
internal sealed class AccessControl(SimulatorOptions options)
{
    public const string AccessReviewPath = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
    public const string SelfReviewPath = "/apis/authentication.k8s.io/v1/selfsubjectreviews";

    public static bool IsReviewPath(string path) => path.TrimEnd('/') is AccessReviewPath or SelfReviewPath;

    /// <summary>The review's answer: the request body with its status filled in, as the apiserver returns it (201).</summary>
    public JsonObject Review(string path, JsonObject body)
    {
        var answer = (JsonObject)body.DeepClone();
        answer["metadata"] = new JsonObject { ["creationTimestamp"] = null };
        if (path.TrimEnd('/') == SelfReviewPath)
        {
            answer["apiVersion"] = "authentication.k8s.io/v1";
            answer["kind"] = "SelfSubjectReview";
            answer["status"] = new JsonObject
            {
                ["userInfo"] = new JsonObject { ["username"] = options.Identity, ["groups"] = new JsonArray("system:authenticated") },
            };
            return answer;
        }
        var attributes = body["spec"]?["resourceAttributes"] as JsonObject
            ?? throw ApiException.BadRequest("SelfSubjectAccessReview.authorization.k8s.io is invalid: spec.resourceAttributes: Required value");
        var denial = DenialFor(attributes.Str("verb") ?? string.Empty, attributes.Str("group") ?? string.Empty,
            attributes.Str("resource") ?? string.Empty, attributes.Str("subresource"), attributes.Str("namespace"));
        answer["status"] = denial is null
            ? new JsonObject { ["allowed"] = true, ["reason"] = "allowed by the simulator" }
            : new JsonObject { ["allowed"] = false, ["reason"] = $"denied by --simulate-deny {denial.Verb}:{denial.Resource}" + (denial.Namespace is { } ns ? ":" + ns : string.Empty) };
        return answer;
    }

    /// <summary>Throws the apiserver's Forbidden when the identity may not make this request.</summary>
    public void Authorize(string? requestVerb, ApiPath path)
    {
        var (verb, subresource) = requestVerb switch
        {
            "apply" => ("patch", path.Subresource),
            "log" => ("get", "log"),
            null or "discovery" => (null, null),
            var v => (v, path.Subresource),
        };
        var ns = path.Type.Namespaced ? path.Namespace : null;
        if (verb is null || DenialFor(verb, path.Type.Group, path.Type.Name, subresource, ns) is null)
        {
            return;
        }
        var resource = subresource is null ? path.Type.Name : $"{path.Type.Name}/{subresource}";
        var subject = path.Name is null ? path.Type.QualifiedName : $"{path.Type.QualifiedName} \"{path.Name}\"";
        var scope = ns is null ? "at the cluster scope" : $"in the namespace \"{ns}\"";
        var details = new JsonObject { ["group"] = path.Type.Group, ["kind"] = path.Type.Name };
        if (path.Name is not null)
        {
            details["name"] = path.Name;
        }
        throw new ApiException(403, "Forbidden",
            $"{subject} is forbidden: User \"{options.Identity}\" cannot {verb} resource \"{resource}\" in API group \"{path.Type.Group}\" {scope}", details);
    }

    private AccessDenial? DenialFor(string verb, string group, string resource, string? subresource, string? ns) =>
        options.Denied.FirstOrDefault(d => d.Covers(verb, group, resource, string.IsNullOrEmpty(subresource) ? null : subresource, string.IsNullOrEmpty(ns) ? null : ns));
}
