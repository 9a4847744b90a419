using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H6: health of a batch/v1 Job from its Failed, Complete and Suspended conditions.</summary>
public sealed class JobHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "batch", Kind: "Job" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "Job", "v1");
        var done = false;
        var failed = false;
        var suspended = false;
        var failureMessage = string.Empty;
        var message = string.Empty;

        // H6: a condition's status is not checked, except for Suspended. SuccessCriteriaMet and FailureTarget are ignored.
        foreach (var condition in StatusCondition.ListOf(live))
        {
            switch (condition.Type)
            {
                case "Failed":
                    done = true;
                    failed = true;
                    failureMessage = condition.Message;
                    break;
                case "Complete":
                    done = true;
                    message = condition.Message;
                    break;
                case "Suspended":
                    // H6 quirk: a resumed Job (Suspended=False) counts as done, so it reads Healthy before it completes.
                    done = true;
                    message = condition.Message;
                    suspended |= condition.IsTrue;
                    break;
            }
        }

        if (!done)
        {
            return HealthStatus.Progressing(message);
        }
        if (failed)
        {
            return HealthStatus.Degraded(failureMessage);
        }
        return suspended ? HealthStatus.Suspended(message) : HealthStatus.Healthy(message);
    }
}
