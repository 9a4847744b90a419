using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H10: health of a core/v1 PersistentVolumeClaim from its phase.</summary>
public sealed class PersistentVolumeClaimHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "", Kind: "PersistentVolumeClaim" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "PersistentVolumeClaim", "v1");
        // H10 caveat: with WaitForFirstConsumer the claim stays Pending until a Pod uses it (issues #12840, #29201).
        return LiveFields.Text(live, "status", "phase") switch
        {
            "Bound" => HealthStatus.Healthy(),
            "Pending" => HealthStatus.Progressing(),
            "Lost" => HealthStatus.Degraded(),
            _ => HealthStatus.Unknown(),
        };
    }
}
