using System.Globalization;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H8: health of an apps/v1 DaemonSet from its scheduled, updated and available pod counts.</summary>
public sealed class DaemonSetHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "apps", Kind: "DaemonSet" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "DaemonSet", "v1");
        if (LiveFields.Int(live, "metadata", "generation") > LiveFields.Int(live, "status", "observedGeneration"))
        {
            return HealthStatus.Progressing("Waiting for rollout to finish: observed daemon set generation less than desired generation");
        }

        var desired = LiveFields.Int(live, "status", "desiredNumberScheduled");
        var updated = LiveFields.Int(live, "status", "updatedNumberScheduled");
        var available = LiveFields.Int(live, "status", "numberAvailable");
        var name = LiveFields.Quote(live.Name);
        if (LiveFields.Text(live, "spec", "updateStrategy", "type") == "OnDelete")
        {
            return HealthStatus.Healthy(Invariant($"daemon set {updated} out of {desired} new pods have been updated"));
        }
        if (updated < desired)
        {
            return HealthStatus.Progressing(Invariant(
                $"Waiting for daemon set {name} rollout to finish: {updated} out of {desired} new pods have been updated..."));
        }
        if (available < desired)
        {
            return HealthStatus.Progressing(Invariant(
                $"Waiting for daemon set {name} rollout to finish: {available} of {desired} updated pods are available..."));
        }
        return HealthStatus.Healthy();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
