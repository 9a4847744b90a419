using System.Globalization;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H9: health of an apps/v1 ReplicaSet: observed generation, ReplicaFailure, available replicas.</summary>
public sealed class ReplicaSetHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "apps", Kind: "ReplicaSet" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "ReplicaSet", "v1");
        if (LiveFields.Int(live, "metadata", "generation") > LiveFields.Int(live, "status", "observedGeneration"))
        {
            return HealthStatus.Progressing("Waiting for rollout to finish: observed replica set generation less than desired generation");
        }

        var failure = StatusCondition.Find(StatusCondition.ListOf(live), "ReplicaFailure");
        if (failure is { IsTrue: true })
        {
            return HealthStatus.Degraded(failure.Message);
        }
        var available = LiveFields.Int(live, "status", "availableReplicas");
        if (live.GetInt64("spec", "replicas") is { } wanted && available < wanted)
        {
            return HealthStatus.Progressing(string.Create(CultureInfo.InvariantCulture,
                $"Waiting for rollout to finish: {available} out of {wanted} new replicas are available..."));
        }
        return HealthStatus.Healthy();
    }
}
