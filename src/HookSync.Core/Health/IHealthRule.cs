using HookSync.Core.Model;

namespace HookSync.Core.Health;

/// <summary>The built-in health check of one kind (rule H3 table). One implementation per kind: <c>&lt;Kind&gt;HealthRule</c>.</summary>
public interface IHealthRule
{
    /// <summary>True when this rule judges objects of <paramref name="kind"/> (exact group and kind).</summary>
    bool AppliesTo(GroupKind kind);

    /// <summary>Judges a live object. Throws <see cref="HealthCheckException"/> when the object cannot be judged (H2: → Unknown / hook Error).</summary>
    HealthStatus Assess(KubeObject live);
}
