using HookSync.Core.Health;
using HookSync.Core.Ports;
using HookSync.Core.Health.Rules;
using HookSync.Core.Model;
using HookSync.Testing;

namespace HookSync.Core.Tests.Health;

public sealed class HorizontalPodAutoscalerHealthRuleTests
{
    private readonly HorizontalPodAutoscalerHealthRule _rule = new();

    [Theory]
    [InlineData("AbleToScale", "FailedGetScale")]
    [InlineData("AbleToScale", "FailedUpdateScale")]
    [InlineData("ScalingActive", "FailedGetResourceMetric")]
    [InlineData("ScalingActive", "InvalidSelector")]
    [InlineData("ScalingActive", "FailedGetObjectMetric")]
    [InlineData("ScalingActive", "FailedGetPodsMetric")]
    [InlineData("ScalingActive", "FailedGetExternalMetric")]
    [InlineData("ScalingActive", "FailedComputeMetricsReplicas")]
    public void Assess_V2DegradedReasonAfterHealthyCondition_Degraded(string type, string reason)
    {
        // H12: current versions look for Degraded across all conditions first, so the order does not matter.
        var live = V2($"""
            - {"{"}type: AbleToScale, status: "True", reason: ReadyForNewScale, message: ok{"}"}
            - {"{"}type: {type}, status: "False", reason: {reason}, message: broken{"}"}
            """);

        Assert.Equal(HealthStatus.Degraded("broken"), _rule.Assess(live));
    }

    [Fact]
    public void Assess_V2ScalingLimitedTrue_HealthyWithItsMessage()
    {
        var live = V2("- {type: ScalingLimited, status: \"True\", reason: TooFewReplicas, message: at minimum}");

        Assert.Equal(HealthStatus.Healthy("at minimum"), _rule.Assess(live));
    }

    [Fact]
    public void Assess_V2NoConditions_WaitingToAutoscale()
    {
        Assert.Equal(HealthStatus.Progressing("Waiting to Autoscale"), _rule.Assess(V2("[]")));
    }

    [Fact]
    public void Assess_V1InvalidAnnotationJson_Throws()
    {
        var live = V1("'[{not json'");

        var error = Assert.Throws<HealthCheckException>(() => _rule.Assess(live));
        Assert.StartsWith("failed to convert conditions annotation to typed: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_V1EmptyArrayAnnotation_WaitingToAutoscale()
    {
        Assert.Equal(HealthStatus.Progressing("Waiting to Autoscale"), _rule.Assess(V1("'[]'")));
    }

    [Fact]
    public void Assess_V1AnnotationWithCapitalisedFields_ReadLikeGo()
    {
        var live = V1("'[{\"Type\":\"AbleToScale\",\"Status\":\"True\",\"Reason\":\"SucceededGetScale\",\"Message\":\"fine\"}]'");

        Assert.Equal(HealthStatus.Healthy("fine"), _rule.Assess(live));
    }

    [Theory]
    [InlineData("v2beta1")]
    [InlineData("v2beta2")]
    public void Assess_RetiredBetaVersion_Throws(string version)
    {
        var live = YamlFixture.Parse($"apiVersion: autoscaling/{version}\nkind: HorizontalPodAutoscaler\nmetadata: {{name: h}}\n");

        var error = Assert.Throws<HealthCheckException>(() => _rule.Assess(live));
        Assert.Equal($"unsupported HPA GVK: autoscaling/{version}, Kind=HorizontalPodAutoscaler", error.Message);
    }

    private static KubeObject V2(string conditions) =>
        YamlFixture.Parse($"""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {"{"}name: h{"}"}
            status:
              conditions:
            {Indent(conditions)}
            """);

    private static KubeObject V1(string annotation) =>
        YamlFixture.Parse($"""
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata:
              name: h
              annotations:
                autoscaling.alpha.kubernetes.io/conditions: {annotation}
            """);

    private static string Indent(string lines) =>
        string.Join('\n', lines.Split('\n').Select(line => "    " + line));
}
