using HookSync.Core.Model;

namespace HookSync.Core.Health;

/// <summary>Judges the health of a live object by the built-in rules (H3), or says it has none.</summary>
public sealed class HealthAssessor(IReadOnlyList<IHealthRule> rules)
{
    /// <summary>The assessor with every built-in rule of the H3 table.</summary>
    public static HealthAssessor Default { get; } = new(BuiltInHealthRules.All);

    /// <summary>
    /// The object's health, or null when no rule exists for its kind (it then counts as succeeded once applied, H14).
    /// Throws <see cref="HealthCheckException"/> when a rule cannot judge it.
    /// </summary>
    public HealthStatus? Assess(KubeObject live)
    {
        // H3.1: an object being deleted is still in progress. HookSync adds no hook finalizer (D-1), so this always applies.
        if (!string.IsNullOrEmpty(live.DeletionTimestamp))
        {
            return HealthStatus.Progressing("Pending deletion");
        }
        var kind = live.Gvk.GroupKind;
        foreach (var rule in rules)
        {
            if (rule.AppliesTo(kind))
            {
                return rule.Assess(live);
            }
        }
        return null;
    }
}
