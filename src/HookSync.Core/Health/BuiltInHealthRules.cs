using HookSync.Core.Health.Rules;

namespace HookSync.Core.Health;

/// <summary>The built-in rules of the H3 table, one per kind.</summary>
public static class BuiltInHealthRules
{
    public static IReadOnlyList<IHealthRule> All { get; } =
    [
        new DeploymentHealthRule(),
        new StatefulSetHealthRule(),
        new ReplicaSetHealthRule(),
        new DaemonSetHealthRule(),
        new IngressHealthRule(),
        new WorkflowHealthRule(),
        new ApiServiceHealthRule(),
        new ServiceHealthRule(),
        new PersistentVolumeClaimHealthRule(),
        new PodHealthRule(),
        new JobHealthRule(),
        new HorizontalPodAutoscalerHealthRule(),
    ];
}
