using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H11: an apiregistration.k8s.io APIService (v1 or v1beta1) follows its Available condition; never Degraded.</summary>
public sealed class ApiServiceHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "apiregistration.k8s.io", Kind: "APIService" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "APIService", "v1", "v1beta1");
        var available = StatusCondition.Find(StatusCondition.ListOf(live), "Available");
        if (available is null)
        {
            return HealthStatus.Progressing("Waiting to be processed");
        }
        var message = $"{available.Reason}: {available.Message}";
        return available.IsTrue ? HealthStatus.Healthy(message) : HealthStatus.Progressing(message);
    }
}
