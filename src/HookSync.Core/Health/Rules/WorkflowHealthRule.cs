using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>P8/H13: an Argo Workflow (argoproj.io) follows <c>status.phase</c>; an unrecognised phase is Unknown.</summary>
public sealed class WorkflowHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "argoproj.io", Kind: "Workflow" };

    public HealthStatus Assess(KubeObject live)
    {
        var message = LiveFields.Text(live, "status", "message");
        return LiveFields.Text(live, "status", "phase") switch
        {
            "" or "Pending" or "Running" => HealthStatus.Progressing(message),
            "Succeeded" => HealthStatus.Healthy(message),
            "Failed" or "Error" => HealthStatus.Degraded(message),
            // P8: an unknown phase maps to Unknown, which fails a hook.
            _ => HealthStatus.Unknown(message),
        };
    }
}
