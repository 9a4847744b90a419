using System.Text.Json;
using System.Text.Json.Nodes;
using HookSync.Core.Model;

namespace HookSync.Core.Health.Rules;

/// <summary>H12: health of an autoscaling HorizontalPodAutoscaler (v1 annotation conditions, v2 status conditions).</summary>
public sealed class HorizontalPodAutoscalerHealthRule : IHealthRule
{
    /// <summary>Where autoscaling/v1 keeps the v2 conditions, as a JSON array.</summary>
    public const string ConditionsAnnotation = "autoscaling.alpha.kubernetes.io/conditions";

    private const string WaitingMessage = "Waiting to Autoscale";

    // H12: current Argo CD versions; v2beta1 and v2beta2 are no longer served and no longer judged.
    private static readonly (string Type, string Reason)[] DegradedReasons =
    [
        ("AbleToScale", "FailedGetScale"),
        ("AbleToScale", "FailedUpdateScale"),
        ("ScalingActive", "FailedGetResourceMetric"),
        ("ScalingActive", "InvalidSelector"),
        ("ScalingActive", "FailedGetObjectMetric"),
        ("ScalingActive", "FailedGetPodsMetric"),
        ("ScalingActive", "FailedGetExternalMetric"),
        ("ScalingActive", "FailedComputeMetricsReplicas"),
    ];

    public bool AppliesTo(GroupKind kind) => kind is { Group: "autoscaling", Kind: "HorizontalPodAutoscaler" };

    public HealthStatus Assess(KubeObject live)
    {
        LiveFields.RequireVersion(live, "HPA", "v1", "v2");
        var conditions = live.Version == "v1"
            ? AnnotationConditions(live)
            : StatusCondition.ListOf(live);

        // H12: current versions look for Degraded across all conditions before looking for Healthy.
        var degraded = conditions.FirstOrDefault(c => DegradedReasons.Contains((c.Type, c.Reason)));
        if (degraded is not null)
        {
            return HealthStatus.Degraded(degraded.Message);
        }
        var healthy = conditions.FirstOrDefault(c => c.Type is "AbleToScale" or "ScalingLimited" && c.IsTrue);
        return healthy is not null ? HealthStatus.Healthy(healthy.Message) : HealthStatus.Progressing(WaitingMessage);
    }

    private static IReadOnlyList<StatusCondition> AnnotationConditions(KubeObject live)
    {
        if (!live.Annotations.TryGetValue(ConditionsAnnotation, out var text))
        {
            return [];
        }
        // H12: invalid JSON is an error (→ Unknown). Like Argo CD, a present but empty annotation is invalid JSON too;
        // "null" and "[]" mean no conditions.
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new HealthCheckException("failed to convert conditions annotation to typed: " + ex.Message);
        }
        return parsed switch
        {
            null => [],
            JsonArray array => StatusCondition.FromArray(array, ignoreCase: true),
            _ => throw new HealthCheckException(
                "failed to convert conditions annotation to typed: the annotation is not a JSON array of conditions"),
        };
    }
}
