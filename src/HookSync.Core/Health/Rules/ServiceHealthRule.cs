using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H11: a core/v1 Service is Healthy, except a LoadBalancer without an ingress address, which is Progressing.</summary>
public sealed class ServiceHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "", Kind: "Service" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "Service", "v1");
        if (LiveFields.Text(live, "spec", "type") != "LoadBalancer")
        {
            return HealthStatus.Healthy();
        }
        return live.Select("status", "loadBalancer", "ingress") is JsonArray { Count: > 0 }
            ? HealthStatus.Healthy()
            : HealthStatus.Progressing();
    }
}
