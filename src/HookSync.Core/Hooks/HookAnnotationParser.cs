using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Hooks;

/// <summary>Resolves an object's hook, delete-policy, wave and timeout annotations (rules A1–A9) and reports what Argo CD would silently drop (D-6).</summary>
public static class HookAnnotationParser
{
    private static readonly string[] ValidHookValues = Enum.GetNames<HookType>();
    private static readonly string[] ValidPolicyValues = Enum.GetNames<HookDeletePolicy>();

    // Helm values Argo CD understands only as "not a sync hook" (A5); they are not typos.
    private static readonly HashSet<string> HelmValuesNotRun = new(StringComparer.Ordinal)
    {
        "pre-delete", "post-delete", "pre-rollback", "post-rollback", "test", "test-success", "test-failure", "crd-install",
    };

    public static HookSpec Parse(ManifestDocument document, ICollection<Diagnostic> diagnostics)
    {
        var obj = document.Object;
        var source = document.Source;
        var annotations = obj.Annotations;
        var hasArgoHook = annotations.TryGetValue(AnnotationKeys.Hook, out var argoValue);
        var hasHelmHook = annotations.TryGetValue(AnnotationKeys.HelmHook, out var helmValue);

        var types = ResolveTypes(obj, source, hasArgoHook, argoValue, hasHelmHook, helmValue, diagnostics);
        var role = Classify(types, hasArgoHook, hasHelmHook, helmValue);
        var phases = role == ObjectRole.Hook
            ? types.Where(t => t != HookType.Skip).Select(ToPhase).Distinct().Order().ToList()
            : role == ObjectRole.Resource ? [SyncPhase.Sync] : new List<SyncPhase>();
        if (role == ObjectRole.Hook && phases.Count == 0)
        {
            role = ObjectRole.Ignored;
        }

        var policies = ResolveDeletePolicies(obj, source, annotations, diagnostics);
        var wave = ResolveWave(obj, source, annotations, diagnostics);
        var timeout = ResolveTimeout(obj, source, annotations, diagnostics);

        if (role == ObjectRole.Ignored)
        {
            // A typo silently drops the object (D-6): a warning. An object whose values all name hooks HookSync
            // deliberately does not run (Helm test or delete hooks, PreDelete/PostDelete) is only a notice, so
            // --strict does not reject every chart that ships tests.
            var typo = ContainsTypo(argoValue, hasArgoHook) || (hasHelmHook && AnnotationList.Split(helmValue).Any(v => !HelmValuesNotRun.Contains(v)));
            diagnostics.Add(new Diagnostic(typo ? DiagnosticSeverity.Warning : DiagnosticSeverity.Notice, DiagnosticCodes.IgnoredObject,
                $"{Describe(obj)} is ignored and will not be applied: its hook annotation names no phase HookSync runs " +
                $"(valid {AnnotationKeys.Hook} values: {string.Join(", ", ValidHookValues)}; case-sensitive).", source));
        }
        HookLint.Check(obj, source, role, hasArgoHook && types.Count > 0 && hasHelmHook, helmValue, policies, annotations, diagnostics);

        return new HookSpec(role, phases, policies, wave, timeout);
    }

    private static List<HookType> ResolveTypes(KubeObject obj, SourceLocation source, bool hasArgoHook, string? argoValue,
        bool hasHelmHook, string? helmValue, ICollection<Diagnostic> diagnostics)
    {
        var types = new List<HookType>();
        if (hasArgoHook)
        {
            foreach (var item in AnnotationList.Split(argoValue))
            {
                if (Enum.TryParse<HookType>(item, ignoreCase: false, out var type) && ValidHookValues.Contains(item, StringComparer.Ordinal))
                {
                    types.Add(type);
                }
                else if (item is "PreDelete" or "PostDelete")
                {
                    diagnostics.Add(Diagnostic.Notice(DiagnosticCodes.DeletionHookNotRun,
                        $"{Describe(obj)}: '{item}' hooks run only when an Argo CD Application is deleted; HookSync never runs them during a sync.", source));
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.IgnoredHookValue,
                        $"{Describe(obj)}: {AnnotationKeys.Hook} value '{item}' is not valid and is ignored{Suggest(item, ValidHookValues)}.", source));
                }
            }
            if (types.Count > 0)
            {
                // A4.1: a valid Argo hook wins; helm.sh/hook is not used for typing (TestBothHooks).
                return types;
            }
        }
        if (hasHelmHook)
        {
            foreach (var item in AnnotationList.Split(helmValue))
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
                        $"{Describe(obj)}: Helm '{item}' hooks run only on deletion; HookSync never runs them during a sync.", source));
                }
                else if (!HelmValuesNotRun.Contains(item))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.IgnoredHookValue,
                        $"{Describe(obj)}: {AnnotationKeys.HelmHook} value '{item}' is not a Helm hook HookSync maps and is ignored " +
                        "(mapped: pre-install, pre-upgrade → PreSync; post-install, post-upgrade → PostSync).", source));
                }
            }
        }
        return types;
    }

    private static bool ContainsTypo(string? argoValue, bool hasArgoHook)
    {
        if (!hasArgoHook)
        {
            return false;
        }
        var items = AnnotationList.Split(argoValue);
        return items.Count == 0 || items.Any(v => v is not ("PreDelete" or "PostDelete") && !ValidHookValues.Contains(v, StringComparer.Ordinal));
    }

    private static ObjectRole Classify(List<HookType> types, bool hasArgoHook, bool hasHelmHook, string? helmValue)
    {
        // A5: Skip alone skips the object; Skip mixed with other types is ignored (TestSkipAndHook).
        if (types.Count > 0 && types.All(t => t == HookType.Skip))
        {
            return ObjectRole.Skip;
        }
        if (hasArgoHook)
        {
            return types.Count > 0 ? ObjectRole.Hook : ObjectRole.Ignored;
        }
        if (hasHelmHook && helmValue != "crd-install")
        {
            return types.Count > 0 ? ObjectRole.Hook : ObjectRole.Ignored;
        }
        return ObjectRole.Resource;
    }

    private static SyncPhase ToPhase(HookType type) => type switch
    {
        HookType.PreSync => SyncPhase.PreSync,
        HookType.Sync => SyncPhase.Sync,
        HookType.PostSync => SyncPhase.PostSync,
        HookType.SyncFail => SyncPhase.SyncFail,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Skip has no phase"),
    };

    private static List<HookDeletePolicy> ResolveDeletePolicies(KubeObject obj, SourceLocation source,
        IReadOnlyDictionary<string, string> annotations, ICollection<Diagnostic> diagnostics)
    {
        var policies = new List<HookDeletePolicy>();
        void Add(HookDeletePolicy p)
        {
            if (!policies.Contains(p))
            {
                policies.Add(p);
            }
        }
        if (annotations.TryGetValue(AnnotationKeys.HookDeletePolicy, out var argo))
        {
            foreach (var item in AnnotationList.Split(argo))
            {
                if (ValidPolicyValues.Contains(item, StringComparer.Ordinal))
                {
                    Add(Enum.Parse<HookDeletePolicy>(item));
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownDeletePolicy,
                        $"{Describe(obj)}: {AnnotationKeys.HookDeletePolicy} value '{item}' is not valid and is ignored{Suggest(item, ValidPolicyValues)}.", source));
                }
            }
        }
        // A8: Helm policies are merged even when the Argo hook annotation is present (issue #15613).
        if (annotations.TryGetValue(AnnotationKeys.HelmHookDeletePolicy, out var helm))
        {
            foreach (var item in AnnotationList.Split(helm))
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
                    Add(p);
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownDeletePolicy,
                        $"{Describe(obj)}: {AnnotationKeys.HelmHookDeletePolicy} value '{item}' is not valid and is ignored " +
                        "(valid: hook-succeeded, hook-failed, before-hook-creation).", source));
                }
            }
        }
        if (policies.Count == 0)
        {
            // D1: no valid policy means BeforeHookCreation.
            policies.Add(HookDeletePolicy.BeforeHookCreation);
        }
        return policies;
    }

    private static int ResolveWave(KubeObject obj, SourceLocation source, IReadOnlyDictionary<string, string> annotations,
        ICollection<Diagnostic> diagnostics)
    {
        foreach (var key in new[] { AnnotationKeys.SyncWave, AnnotationKeys.HelmHookWeight })
        {
            if (!annotations.TryGetValue(key, out var value))
            {
                continue;
            }
            if (WaveParser.TryParse(value, out var wave))
            {
                return wave;
            }
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidWave,
                $"{Describe(obj)}: {key} value '{value}' is not a whole number (like \"-1\" or \"5\") and is ignored.", source));
        }
        return 0;
    }

    private static TimeSpan? ResolveTimeout(KubeObject obj, SourceLocation source, IReadOnlyDictionary<string, string> annotations,
        ICollection<Diagnostic> diagnostics)
    {
        if (!annotations.TryGetValue(AnnotationKeys.HookTimeout, out var value))
        {
            return null;
        }
        if (DurationParser.TryParse(value, out var timeout) && timeout > TimeSpan.Zero)
        {
            return timeout;
        }
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidHookTimeout,
            $"{Describe(obj)}: {AnnotationKeys.HookTimeout} value '{value}' is not a positive duration (like \"90s\", \"10m\", \"1h\") and is ignored.", source));
        return null;
    }

    private static string Describe(KubeObject obj) => obj.ToString();

    private static string Suggest(string value, IEnumerable<string> valid)
    {
        var match = valid.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        return match is null
            ? $" (valid values: {string.Join(", ", valid)}; case-sensitive)"
            : $"; did you mean '{match}'? Values are case-sensitive";
    }
}
