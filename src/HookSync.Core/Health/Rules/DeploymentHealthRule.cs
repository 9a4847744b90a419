using System.Globalization;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H5: health of an apps/v1 Deployment, with Argo CD's rollout messages.</summary>
public sealed class DeploymentHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "apps", Kind: "Deployment" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "Deployment", "v1");
        if (live.GetBool("spec", "paused") == true)
        {
            return HealthStatus.Suspended("Deployment is paused");
        }
        if (LiveFields.Int(live, "metadata", "generation") > LiveFields.Int(live, "status", "observedGeneration"))
        {
            return HealthStatus.Progressing("Waiting for rollout to finish: observed deployment generation less than desired generation");
        }

        var progressing = StatusCondition.Find(StatusCondition.ListOf(live), "Progressing");
        var desired = live.GetInt64("spec", "replicas");
        var replicas = LiveFields.Int(live, "status", "replicas");
        var updated = LiveFields.Int(live, "status", "updatedReplicas");
        var available = LiveFields.Int(live, "status", "availableReplicas");

        // H5: the first of these that holds wins; a crash-looping rollout stays Progressing until its deadline.
        if (progressing?.Reason == "ProgressDeadlineExceeded")
        {
            return HealthStatus.Degraded($"Deployment {LiveFields.Quote(live.Name)} exceeded its progress deadline");
        }
        if (desired is { } wanted && updated < wanted)
        {
            return HealthStatus.Progressing(Invariant(
                $"Waiting for rollout to finish: {updated} out of {wanted} new replicas have been updated..."));
        }
        if (replicas > updated)
        {
            return HealthStatus.Progressing(Invariant(
                $"Waiting for rollout to finish: {replicas - updated} old replicas are pending termination..."));
        }
        if (available < updated)
        {
            return HealthStatus.Progressing(Invariant(
                $"Waiting for rollout to finish: {available} of {updated} updated replicas are available..."));
        }
        return HealthStatus.Healthy();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
