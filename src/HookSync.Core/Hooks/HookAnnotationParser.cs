using HookSync.Core.Diagnostics;
using HookSync.Core.Model;

namespace HookSync.Core.Hooks;

/// <summary>Resolves an object's hook, delete-policy, wave and timeout annotations (rules A1–A9) and reports what Argo CD would silently drop (D-6).</summary>
/// <remarks>The two dialects are read by <see cref="ArgoHookAnnotations"/> and <see cref="HelmHookAnnotations"/>; this class combines them.</remarks>
public static class HookAnnotationParser
{
    // Shared by every plain resource: a plan of 20,000 objects need not hold 20,000 equal lists (read-only, so safe to share).
    private static readonly IReadOnlyList<SyncPhase> SyncOnly = Array.AsReadOnly([SyncPhase.Sync]);
    private static readonly IReadOnlyList<HookDeletePolicy> NoPolicies = Array.AsReadOnly(Array.Empty<HookDeletePolicy>());

    public static HookSpec Parse(ManifestDocument document, ICollection<Diagnostic> diagnostics)
    {
        var obj = document.Object;
        var source = document.Source;
        var annotations = obj.Annotations;
        var hasArgoHook = annotations.TryGetValue(AnnotationKeys.Hook, out var argoValue);
        var hasHelmHook = annotations.TryGetValue(AnnotationKeys.HelmHook, out var helmValue);

        var types = ResolveTypes(obj, source, hasArgoHook, argoValue, hasHelmHook, helmValue, diagnostics);
        var role = Classify(types, hasArgoHook, hasHelmHook, helmValue);
        IReadOnlyList<SyncPhase> phases = role == ObjectRole.Hook
            ? types.Where(t => t != HookType.Skip).Select(ToPhase).Distinct().Order().ToList()
            : role == ObjectRole.Resource ? SyncOnly : [];
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
            var typo = (hasArgoHook && ArgoHookAnnotations.ContainsTypo(argoValue)) || (hasHelmHook && HelmHookAnnotations.ContainsTypo(helmValue));
            diagnostics.Add(new Diagnostic(typo ? DiagnosticSeverity.Warning : DiagnosticSeverity.Notice, DiagnosticCodes.IgnoredObject,
                $"{obj} is ignored and will not be applied: its hook annotation names no phase HookSync runs " +
                $"(valid {AnnotationKeys.Hook} values: {string.Join(", ", ArgoHookAnnotations.ValidHookValues)}; case-sensitive).", source));
        }
        HookLint.Check(obj, source, role, hasArgoHook && types.Count > 0 && hasHelmHook, helmValue, policies, annotations, diagnostics);

        return new HookSpec(role, phases, policies.Count == 0 ? NoPolicies : policies, wave, timeout);
    }

    private static List<HookType> ResolveTypes(KubeObject obj, SourceLocation source, bool hasArgoHook, string? argoValue,
        bool hasHelmHook, string? helmValue, ICollection<Diagnostic> diagnostics)
    {
        if (hasArgoHook)
        {
            var argoTypes = ArgoHookAnnotations.ParseTypes(obj, source, argoValue, diagnostics);
            if (argoTypes.Count > 0)
            {
                // A4: a valid Argo hook wins; helm.sh/hook is not used for typing (TestBothHooks).
                return argoTypes;
            }
        }
        return hasHelmHook ? HelmHookAnnotations.ParseTypes(obj, source, helmValue, diagnostics) : [];
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
        if (hasHelmHook && HelmHookAnnotations.MarksHook(helmValue))
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
            ArgoHookAnnotations.AddDeletePolicies(obj, source, argo, Add, diagnostics);
        }
        // A8: Helm policies are merged even when the Argo hook annotation is present (argo-cd#15613).
        if (annotations.TryGetValue(AnnotationKeys.HelmHookDeletePolicy, out var helm))
        {
            HelmHookAnnotations.AddDeletePolicies(obj, source, helm, Add, diagnostics);
        }
        if (policies.Count == 0)
        {
            // D1: no valid policy means BeforeHookCreation.
            policies.Add(HookDeletePolicy.BeforeHookCreation);
        }
        return policies;
    }

    private static long ResolveWave(KubeObject obj, SourceLocation source, IReadOnlyDictionary<string, string> annotations,
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
            var why = value.Length > 0 && value.TrimStart('+', '-').Length > 0 && value.TrimStart('+', '-').All(char.IsAsciiDigit)
                ? "is outside the range of a 64-bit whole number"
                : "is not a whole number (like \"-1\" or \"5\")";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidWave, $"{obj}: {key} value '{value}' {why} and is ignored.", source));
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
            $"{obj}: {AnnotationKeys.HookTimeout} value '{value}' is not a positive duration (like \"90s\", \"10m\", \"1h\") and is ignored.", source));
        return null;
    }
}
