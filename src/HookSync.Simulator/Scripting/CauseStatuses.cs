using HookSync.Simulator.Api;

namespace HookSync.Simulator.Scripting;

/// <summary>
/// The API Status a real cluster answers for the apply-time causes, with Kubernetes' own message texts; placeholders
/// <c>{resource}</c> (plural.group), <c>{plural}</c>, <c>{group}</c>, <c>{Kind}</c> (Kind.group), <c>{name}</c>, <c>{ns}</c>
/// are filled per request.
/// </summary>
internal static class CauseStatuses
{
    /// <summary>The identity the simulated RBAC refuses (a CI deployer's service account).</summary>
    public const string Identity = "system:serviceaccount:ci:hooksync";

    public static (int Code, string Reason, string Message)? Rejection(SimulatedCause cause) => cause switch
    {
        // The apiserver's webhook error: the webhook's own status code (Gatekeeper answers 403) and its message.
        SimulatedCause.WebhookDenied => (403, "Forbidden",
            "admission webhook \"validation.gatekeeper.sh\" denied the request: [require-team-label] you must provide labels: {\"team\"}"),
        SimulatedCause.Forbidden => (403, "Forbidden",
            $"{{resource}} \"{{name}}\" is forbidden: User \"{Identity}\" cannot patch resource \"{{plural}}\" in API group \"{{group}}\" in the namespace \"{{ns}}\""),
        SimulatedCause.Conflict => (409, "Conflict",
            "Apply failed with 1 conflict: conflict with \"kubectl-edit\" using apps/v1: .spec.replicas"),
        SimulatedCause.Immutable => (422, "Invalid",
            "{Kind} \"{name}\" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"{name}\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable"),
        _ => null,
    };

    public static string Fill(string message, ResourceType type, string ns, string name) => message
        .Replace("{resource}", type.Group.Length == 0 ? type.Name : $"{type.Name}.{type.Group}", StringComparison.Ordinal)
        .Replace("{plural}", type.Name, StringComparison.Ordinal)
        .Replace("{group}", type.Group, StringComparison.Ordinal)
        .Replace("{Kind}", type.Group.Length == 0 ? type.Kind : $"{type.Kind}.{type.Group}", StringComparison.Ordinal)
        .Replace("{name}", name, StringComparison.Ordinal)
        .Replace("{ns}", ns, StringComparison.Ordinal);
}
