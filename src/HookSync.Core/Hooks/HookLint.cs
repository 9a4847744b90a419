using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Hooks;

/// <summary>Warnings for hook set-ups that are valid but rarely what the author meant (known Argo CD and Helm footguns).</summary>
internal static class HookLint
{
    public static void Check(KubeObject obj, SourceLocation source, ObjectRole role, bool argoOverridesHelm, string? helmValue,
        List<HookDeletePolicy> policies, IReadOnlyDictionary<string, string> annotations, ICollection<Diagnostic> diagnostics)
    {
        if (argoOverridesHelm)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ArgoAndHelmHook,
                $"{obj} has both {AnnotationKeys.Hook} and {AnnotationKeys.HelmHook}: the Helm hook types are ignored, " +
                $"but {AnnotationKeys.HelmHookDeletePolicy} is still merged. Remove one of the two.", source));
        }
        var helmItems = AnnotationList.Split(helmValue);
        if (role == ObjectRole.Hook && !argoOverridesHelm && helmItems.Contains("pre-install") && helmItems.Contains("pre-upgrade"))
        {
            // Helm charts write this pair on almost every hook, and it works as intended: worth a notice, not a warning
            // (under --strict a warning would fail the most common chart pattern).
            diagnostics.Add(Diagnostic.Notice(DiagnosticCodes.PreInstallAndPreUpgrade,
                $"{obj}: 'pre-install' and 'pre-upgrade' both map to PreSync and the hook runs once on every sync, " +
                "the first one included; HookSync, like Argo CD, cannot tell an install from an upgrade.", source));
        }
        if (role == ObjectRole.Hook && obj.Kind == "Job" && obj.Group == "batch" && obj.GetInt64("spec", "ttlSecondsAfterFinished") == 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.JobTtlZero,
                $"{obj}: ttlSecondsAfterFinished: 0 lets Kubernetes delete the Job the moment it finishes, " +
                "taking its logs with it; use a delete policy (HookSucceeded) instead.", source));
        }
        var hasPolicyAnnotation = annotations.ContainsKey(AnnotationKeys.HookDeletePolicy) || annotations.ContainsKey(AnnotationKeys.HelmHookDeletePolicy);
        if (role == ObjectRole.Resource && hasPolicyAnnotation)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DeletePolicyOnNonHook,
                $"{obj} is not a hook, so its delete policy has no effect (Argo CD issue #3980).", source));
        }
        if (role == ObjectRole.Hook && obj.Name.Length > 0 && IsRunToCompletion(obj)
            && !policies.Contains(HookDeletePolicy.BeforeHookCreation)
            && !(policies.Contains(HookDeletePolicy.HookSucceeded) && policies.Contains(HookDeletePolicy.HookFailed)))
        {
            var stays = policies.Contains(HookDeletePolicy.HookFailed) ? "a successful" : "a failed";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NamedHookNeverRerun,
                $"{obj} is a named hook without BeforeHookCreation: after {stays} sync the finished hook stays, " +
                "and the next sync re-applies it without running it again. Add BeforeHookCreation or use metadata.generateName.", source));
        }
    }

    private static bool IsRunToCompletion(KubeObject obj) =>
        (obj.Group, obj.Kind) is ("batch", "Job") or ("", "Pod") or ("argoproj.io", "Workflow");
}
