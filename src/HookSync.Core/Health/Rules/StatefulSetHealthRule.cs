using System.Globalization;
using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H7: health of an apps/v1 StatefulSet: observed generation, ready replicas, then the update strategy.</summary>
public sealed class StatefulSetHealthRule : IHealthRule
{
    public bool AppliesTo(GroupKind kind) => kind is { Group: "apps", Kind: "StatefulSet" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "StatefulSet", "v1");
        var observed = LiveFields.Int(live, "status", "observedGeneration");
        if (observed == 0 || LiveFields.Int(live, "metadata", "generation") > observed)
        {
            return HealthStatus.Progressing("Waiting for statefulset spec update to be observed...");
        }

        var desired = live.GetInt64("spec", "replicas");
        var ready = LiveFields.Int(live, "status", "readyReplicas");
        var updated = LiveFields.Int(live, "status", "updatedReplicas");
        if (desired is { } wanted && ready < wanted)
        {
            return HealthStatus.Progressing(Invariant($"Waiting for {wanted - ready} pods to be ready..."));
        }

        var strategy = LiveFields.Text(live, "spec", "updateStrategy", "type");
        // H7: the API server fills in the rollingUpdate block, so this is the usual branch.
        if (strategy == "RollingUpdate" && live.Select("spec", "updateStrategy", "rollingUpdate") is JsonObject)
        {
            var partition = live.GetInt64("spec", "updateStrategy", "rollingUpdate", "partition");
            if (desired is { } total && partition is { } part && updated < total - part)
            {
                return HealthStatus.Progressing(Invariant(
                    $"Waiting for partitioned roll out to finish: {updated} out of {total - part} new pods have been updated..."));
            }
            return HealthStatus.Healthy(Invariant($"partitioned roll out complete: {updated} new pods have been updated..."));
        }
        if (strategy == "OnDelete")
        {
            return HealthStatus.Healthy(Invariant($"statefulset has {ready} ready pods"));
        }

        var updateRevision = LiveFields.Text(live, "status", "updateRevision");
        var currentRevision = LiveFields.Text(live, "status", "currentRevision");
        if (updateRevision != currentRevision)
        {
            return HealthStatus.Progressing(Invariant(
                $"waiting for statefulset rolling update to complete {updated} pods at revision {updateRevision}..."));
        }
        var current = LiveFields.Int(live, "status", "currentReplicas");
        return HealthStatus.Healthy(Invariant($"statefulset rolling update complete {current} pods at revision {currentRevision}..."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
