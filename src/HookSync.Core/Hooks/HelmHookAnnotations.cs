using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Hooks;

/// <summary>Helm's hook and delete-policy annotations, mapped to Argo CD's (rules A4, A8, A9).</summary>
internal static class HelmHookAnnotations
{
    // Helm values Argo CD understands only as "not a sync hook" (A5); they are not typos.
    private static readonly HashSet<string> ValuesNotRun = new(StringComparer.Ordinal)
    {
        "pre-delete", "post-delete", "pre-rollback", "post-rollback", "test", "test-success", "test-failure", "crd-install",
    };

    /// <summary>The hook types <c>helm.sh/hook</c> maps to (install and upgrade hooks), each once; unknown values are reported.</summary>
    public static List<HookType> ParseTypes(KubeObject obj, SourceLocation source, string? value, ICollection<Diagnostic> diagnostics)
    {
        var types = new List<HookType>();
        foreach (var item in AnnotationList.Split(value))
        {
            HookType? mapped = item switch
            {
                "pre-install" or "pre-upgrade" => HookType.PreSync,
                "post-install" or "post-upgrade" => HookType.PostSync,
                _ => null,
            };
            if (mapped is { } t)
            {
                if (!types.Contains(t))
                {
                    types.Add(t);
                }
            }
            else if (item is "pre-delete" or "post-delete")
            {
                diagnostics.Add(Diagnostic.Notice(DiagnosticCodes.DeletionHookNotRun,
                    $"{obj}: Helm '{item}' hooks run only on deletion; HookSync never runs them during a sync.", source));
            }
            else if (!ValuesNotRun.Contains(item))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.IgnoredHookValue,
                    $"{obj}: {AnnotationKeys.HelmHook} value '{item}' is not a Helm hook HookSync maps and is ignored " +
                    "(mapped: pre-install, pre-upgrade → PreSync; post-install, post-upgrade → PostSync).", source));
            }
        }
        return types;
    }

    /// <summary>True when a value is neither mapped nor a Helm hook HookSync deliberately does not run (a typo).</summary>
    public static bool ContainsTypo(string? value) => AnnotationList.Split(value).Any(v => !ValuesNotRun.Contains(v));

    /// <summary>A5: <c>crd-install</c> alone does not make the object a hook.</summary>
    public static bool MarksHook(string? value) => value != "crd-install";

    /// <summary>Adds the mapped values of <c>helm.sh/hook-delete-policy</c>; every other value is reported.</summary>
    public static void AddDeletePolicies(KubeObject obj, SourceLocation source, string? value, Action<HookDeletePolicy> add,
        ICollection<Diagnostic> diagnostics)
    {
        foreach (var item in AnnotationList.Split(value))
        {
            HookDeletePolicy? mapped = item switch
            {
                "hook-succeeded" => HookDeletePolicy.HookSucceeded,
                "hook-failed" => HookDeletePolicy.HookFailed,
                "before-hook-creation" => HookDeletePolicy.BeforeHookCreation,
                _ => null,
            };
            if (mapped is { } p)
            {
                add(p);
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownDeletePolicy,
                    $"{obj}: {AnnotationKeys.HelmHookDeletePolicy} value '{item}' is not valid and is ignored " +
                    "(valid: hook-succeeded, hook-failed, before-hook-creation).", source));
            }
        }
    }
}
