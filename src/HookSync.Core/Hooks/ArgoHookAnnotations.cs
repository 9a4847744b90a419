using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Hooks;

/// <summary>Argo CD's hook and delete-policy annotations (rules A2–A4, A8): exact, case-sensitive values, each bad one reported.</summary>
internal static class ArgoHookAnnotations
{
    public static readonly string[] ValidHookValues = Enum.GetNames<HookType>();
    private static readonly string[] ValidPolicyValues = Enum.GetNames<HookDeletePolicy>();

    /// <summary>The valid hook types of <c>argocd.argoproj.io/hook</c>, in first-seen order; every other value is reported.</summary>
    public static List<HookType> ParseTypes(KubeObject obj, SourceLocation source, string? value, ICollection<Diagnostic> diagnostics)
    {
        var types = new List<HookType>();
        foreach (var item in AnnotationList.Split(value))
        {
            if (Enum.TryParse<HookType>(item, ignoreCase: false, out var type) && ValidHookValues.Contains(item, StringComparer.Ordinal))
            {
                types.Add(type);
            }
            else if (item is "PreDelete" or "PostDelete")
            {
                diagnostics.Add(Diagnostic.Notice(DiagnosticCodes.DeletionHookNotRun,
                    $"{obj}: '{item}' hooks run only when an Argo CD Application is deleted; HookSync never runs them during a sync.", source));
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.IgnoredHookValue,
                    $"{obj}: {AnnotationKeys.Hook} value '{item}' is not valid and is ignored{Suggest(item, ValidHookValues)}.", source));
            }
        }
        return types;
    }

    /// <summary>True when the hook annotation is empty or holds a value that is neither a hook type nor a deletion hook.</summary>
    public static bool ContainsTypo(string? value)
    {
        var items = AnnotationList.Split(value);
        return items.Count == 0 || items.Any(v => v is not ("PreDelete" or "PostDelete") && !ValidHookValues.Contains(v, StringComparer.Ordinal));
    }

    /// <summary>Adds the valid values of <c>argocd.argoproj.io/hook-delete-policy</c>; every other value is reported.</summary>
    public static void AddDeletePolicies(KubeObject obj, SourceLocation source, string? value, Action<HookDeletePolicy> add,
        ICollection<Diagnostic> diagnostics)
    {
        foreach (var item in AnnotationList.Split(value))
        {
            if (ValidPolicyValues.Contains(item, StringComparer.Ordinal))
            {
                add(Enum.Parse<HookDeletePolicy>(item));
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownDeletePolicy,
                    $"{obj}: {AnnotationKeys.HookDeletePolicy} value '{item}' is not valid and is ignored{Suggest(item, ValidPolicyValues)}.", source));
            }
        }
    }

    private static string Suggest(string value, IEnumerable<string> valid)
    {
        var match = valid.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        return match is null
            ? $" (valid values: {string.Join(", ", valid)}; case-sensitive)"
            : $"; did you mean '{match}'? Values are case-sensitive";
    }
}
