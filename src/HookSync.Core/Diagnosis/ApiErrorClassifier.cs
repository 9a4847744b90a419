using System.Text.RegularExpressions;
using HookSync.Core.Model;

namespace HookSync.Core.Diagnosis;

/// <summary>
/// Causes of a refused write (dry-run or apply), read from the API's Status: webhook denial, RBAC, quota, field-manager
/// conflict, immutable field, missing namespace or CRD. Pure: the HTTP status (null when no request was answered, e.g. a kind
/// discovery does not serve) and the Status message in.
/// </summary>
public static partial class ApiErrorClassifier
{
    public static FailureCause Classify(int? statusCode, string message, KubeObject obj)
    {
        var subject = $"{obj.Kind}/{(obj.Name.Length > 0 ? obj.Name : obj.GenerateName)}";
        FailureCause Cause(string code, string hint) => new(code, message, hint, [], subject);

        if (WebhookPattern().Match(message) is { Success: true } webhook)
        {
            return Cause(CauseCodes.WebhookDenied,
                $"the admission webhook \"{webhook.Groups[1].Value}\" refused the object: change the manifest to satisfy its policy, or ask the webhook's owners for an exception");
        }
        if (message.Contains("exceeded quota", StringComparison.Ordinal))
        {
            return Cause(CauseCodes.QuotaExceeded, QuotaHint);
        }
        if (statusCode == 403 && RbacPattern().Match(message) is { Success: true } rbac)
        {
            var (identity, verb, resource, group, ns) = (rbac.Groups[1].Value, rbac.Groups[2].Value, rbac.Groups[3].Value, rbac.Groups[4].Value, rbac.Groups[5].Value);
            var where = ns.Length > 0 ? $"in namespace \"{ns}\"" : "cluster-wide";
            var apiGroup = group.Length > 0 ? $" (API group \"{group}\")" : string.Empty;
            return Cause(CauseCodes.Forbidden,
                $"grant {identity} the verb \"{verb}\" on \"{resource}\"{apiGroup} {where} (a Role and RoleBinding), or run with an identity that has it");
        }
        if (statusCode == 403)
        {
            return Cause(CauseCodes.Forbidden, "the cluster refused this identity the request: check its Role/ClusterRole bindings");
        }
        if (statusCode == 409 && message.Contains("conflict", StringComparison.OrdinalIgnoreCase) && message.StartsWith("Apply failed", StringComparison.Ordinal))
        {
            var managers = ManagerPattern().Matches(message).Select(m => m.Groups[1].Value).Distinct().ToList();
            return Cause(CauseCodes.Conflict,
                $"fields of this object are owned by {string.Join(", ", managers.Select(m => $"\"{m}\""))}: remove them from the manifest, stop the other manager changing them, or take them over with --force-conflicts=true");
        }
        if (message.Contains("field is immutable", StringComparison.Ordinal) || (statusCode == 422 && message.Contains("immutable", StringComparison.Ordinal)))
        {
            return Cause(CauseCodes.Immutable,
                "the field cannot change in place: for a hook, use hook-delete-policy BeforeHookCreation or metadata.generateName; for a resource, annotate argocd.argoproj.io/sync-options: Replace=true");
        }
        if (statusCode == 404 && NamespacePattern().Match(message) is { Success: true } ns2)
        {
            return Cause(CauseCodes.NamespaceNotFound,
                $"create the Namespace \"{ns2.Groups[1].Value}\" (add its manifest to this sync; HookSync applies Namespaces first) or fix metadata.namespace");
        }
        if (message.Contains("could not find the requested resource", StringComparison.Ordinal)
            || message.Contains("is its CustomResourceDefinition installed", StringComparison.Ordinal))
        {
            return Cause(CauseCodes.CrdMissing,
                $"the server does not serve {obj.Kind} in {obj.ApiVersion}: install its CustomResourceDefinition (in this sync or before) or fix apiVersion");
        }
        return Cause(CauseCodes.Rejected, "the server refused the object: the message says which field or rule");
    }

    internal const string QuotaHint =
        "a ResourceQuota in the namespace is full: raise it, lower the requests/limits, or set them if the quota requires them";

    [GeneratedRegex("admission webhook \"([^\"]+)\" denied the request")]
    private static partial Regex WebhookPattern();

    // e.g. jobs.batch "x" is forbidden: User "system:serviceaccount:ci:deployer" cannot create resource "jobs" in API group "batch" in the namespace "default"
    [GeneratedRegex("(?:User|ServiceAccount|Group) \"([^\"]+)\" cannot ([a-z]+) resource \"([^\"]+)\" in API group \"([^\"]*)\"(?: in the namespace \"([^\"]*)\")?")]
    private static partial Regex RbacPattern();

    [GeneratedRegex("conflict with \"([^\"]+)\"")]
    private static partial Regex ManagerPattern();

    [GeneratedRegex("namespaces \"([^\"]+)\" not found")]
    private static partial Regex NamespacePattern();
}
