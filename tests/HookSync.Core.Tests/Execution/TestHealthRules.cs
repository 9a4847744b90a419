using System.Text.Json.Nodes;
using HookSync.Core.Health;
using HookSync.Core.Ports;
using HookSync.Core.Model;

namespace HookSync.Core.Tests.Execution;

/// <summary>Small health rules for engine tests (Pod, Job, Deployment, and a scripted <c>status.testHealth</c>), independent of the real H-rules.</summary>
internal static class TestHealthRules
{
    public static HealthAssessor Assessor(params string[] scriptedKinds) =>
        new([new PodRule(), new JobRule(), new DeploymentRule(), new ScriptedRule(scriptedKinds)]);

    private static string? Condition(KubeObject live, string type, out string message)
    {
        message = string.Empty;
        if (live.Select("status", "conditions") is not JsonArray conditions)
        {
            return null;
        }
        foreach (var condition in conditions.OfType<JsonObject>())
        {
            if (condition["type"]?.GetValue<string>() == type)
            {
                message = condition["message"]?.GetValue<string>() ?? string.Empty;
                return condition["status"]?.GetValue<string>();
            }
        }
        return null;
    }

    private sealed class PodRule : IHealthRule
    {
        public bool AppliesTo(GroupKind kind) => kind == new GroupKind(string.Empty, "Pod");

        public HealthStatus Assess(KubeObject live) => live.GetString("status", "phase") switch
        {
            "Succeeded" => HealthStatus.Healthy(),
            "Failed" => HealthStatus.Degraded(live.GetString("status", "message") ?? string.Empty),
            "Running" when Condition(live, "Ready", out _) == "True" => HealthStatus.Healthy(),
            "Bogus" => throw new HealthCheckException("unknown pod phase Bogus"),
            _ => HealthStatus.Progressing(),
        };
    }

    private sealed class JobRule : IHealthRule
    {
        public bool AppliesTo(GroupKind kind) => kind == new GroupKind("batch", "Job");

        public HealthStatus Assess(KubeObject live)
        {
            if (Condition(live, "Failed", out var failed) == "True")
            {
                return HealthStatus.Degraded(failed);
            }
            return Condition(live, "Complete", out _) == "True" ? HealthStatus.Healthy() : HealthStatus.Progressing();
        }
    }

    private sealed class DeploymentRule : IHealthRule
    {
        public bool AppliesTo(GroupKind kind) => kind == new GroupKind("apps", "Deployment");

        public HealthStatus Assess(KubeObject live)
        {
            if (Condition(live, "Progressing", out var message) == "False")
            {
                return HealthStatus.Degraded(message);
            }
            return Condition(live, "Available", out _) == "True" ? HealthStatus.Healthy() : HealthStatus.Progressing("Waiting for rollout to finish");
        }
    }

    private sealed class ScriptedRule(string[] kinds) : IHealthRule
    {
        public bool AppliesTo(GroupKind kind) => kinds.Contains(kind.Kind);

        public HealthStatus Assess(KubeObject live) => live.GetString("status", "testHealth") switch
        {
            "Healthy" => HealthStatus.Healthy(),
            "Degraded" => HealthStatus.Degraded("scripted degraded"),
            _ => HealthStatus.Progressing(),
        };
    }
}
