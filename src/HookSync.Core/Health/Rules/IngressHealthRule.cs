using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H11: an Ingress (extensions or networking.k8s.io, any version) is Healthy once it has a load-balancer address.</summary>
public sealed class IngressHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) =>
        kind.Kind == "Ingress" && kind.Group is "extensions" or "networking.k8s.io";

    // H11: without an address it stays Progressing forever; Argo CD does not check the version here.
    public HealthStatus Assess(KubeObject live) =>
        live.Select("status", "loadBalancer", "ingress") is JsonArray { Count: > 0 }
            ? HealthStatus.Healthy()
            : HealthStatus.Progressing();
}
