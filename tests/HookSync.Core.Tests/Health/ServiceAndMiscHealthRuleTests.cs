using HookSync.Core.Health;
using HookSync.Core.Ports;
using HookSync.Core.Health.Rules;
using HookSync.Core.Model;
using HookSync.Testing;

namespace HookSync.Core.Tests.Health;

public sealed class ServiceAndMiscHealthRuleTests
{
    [Theory]
    [InlineData("Bound", HealthStatusCode.Healthy)]
    [InlineData("Pending", HealthStatusCode.Progressing)]
    [InlineData("Lost", HealthStatusCode.Degraded)]
    [InlineData("Mystery", HealthStatusCode.Unknown)]
    public void PersistentVolumeClaim_Phase_MapsToCode(string phase, HealthStatusCode expected)
    {
        var live = Parse("v1", "PersistentVolumeClaim", $"status: {{phase: {phase}}}");

        Assert.Equal(expected, new PersistentVolumeClaimHealthRule().Assess(live).Code);
    }

    [Fact]
    public void Service_NodePortWithoutAddress_Healthy()
    {
        var live = Parse("v1", "Service", "spec: {type: NodePort}");

        Assert.Equal(HealthStatusCode.Healthy, new ServiceHealthRule().Assess(live).Code);
    }

    [Theory]
    [InlineData("extensions", true)]
    [InlineData("networking.k8s.io", true)]
    [InlineData("example.com", false)]
    public void Ingress_Group_MatchedExactly(string group, bool expected)
    {
        Assert.Equal(expected, new IngressHealthRule().AppliesTo(new GroupKind(group, "Ingress")));
    }

    [Fact]
    public void ApiService_NoAvailableCondition_WaitingToBeProcessed()
    {
        var live = Parse("apiregistration.k8s.io/v1", "APIService", "status: {}");

        Assert.Equal(HealthStatus.Progressing("Waiting to be processed"), new ApiServiceHealthRule().Assess(live));
    }

    [Fact]
    public void ApiService_UnknownVersion_Throws()
    {
        var live = Parse("apiregistration.k8s.io/v1alpha1", "APIService", "status: {}");

        Assert.Throws<HealthCheckException>(() => new ApiServiceHealthRule().Assess(live));
    }

    [Theory]
    [InlineData("", HealthStatusCode.Progressing)]
    [InlineData("Pending", HealthStatusCode.Progressing)]
    [InlineData("Running", HealthStatusCode.Progressing)]
    [InlineData("Succeeded", HealthStatusCode.Healthy)]
    [InlineData("Failed", HealthStatusCode.Degraded)]
    [InlineData("Error", HealthStatusCode.Degraded)]
    [InlineData("Omitted", HealthStatusCode.Unknown)]
    public void Workflow_Phase_MapsPerP8(string phase, HealthStatusCode expected)
    {
        var live = Parse("argoproj.io/v1alpha1", "Workflow", $"status: {{phase: \"{phase}\", message: why}}");

        Assert.Equal(new HealthStatus(expected, "why"), new WorkflowHealthRule().Assess(live));
    }

    [Fact]
    public void Assessor_KindWithoutRule_ReturnsNull()
    {
        Assert.Null(HealthAssessor.Default.Assess(Parse("v1", "ConfigMap", "data: {a: b}")));
    }

    [Fact]
    public void Assessor_ServiceInOtherGroup_ReturnsNull()
    {
        Assert.Null(HealthAssessor.Default.Assess(Parse("serving.knative.dev/v1", "Service", "status: {}")));
    }

    [Fact]
    public void Assessor_DeletingJob_PendingDeletion()
    {
        var live = YamlFixture.Parse("""
            apiVersion: batch/v1
            kind: Job
            metadata: {name: j, deletionTimestamp: "2024-01-01T00:00:00Z"}
            status: {conditions: [{type: Complete, status: "True"}]}
            """);

        Assert.Equal(HealthStatus.Progressing("Pending deletion"), HealthAssessor.Default.Assess(live));
    }

    [Fact]
    public void BuiltInRules_EachKindOfTheH3Table_HasExactlyOneRule()
    {
        GroupKind[] table =
        [
            new("apps", "Deployment"), new("apps", "StatefulSet"), new("apps", "ReplicaSet"), new("apps", "DaemonSet"),
            new("extensions", "Ingress"), new("networking.k8s.io", "Ingress"), new("argoproj.io", "Workflow"),
            new("apiregistration.k8s.io", "APIService"), new("", "Service"), new("", "PersistentVolumeClaim"),
            new("", "Pod"), new("batch", "Job"), new("autoscaling", "HorizontalPodAutoscaler"),
        ];

        Assert.All(table, kind => Assert.Single(BuiltInHealthRules.All, rule => rule.AppliesTo(kind)));
        Assert.DoesNotContain(BuiltInHealthRules.All, rule => rule.AppliesTo(new GroupKind("batch", "CronJob")));
    }

    private static KubeObject Parse(string apiVersion, string kind, string rest) =>
        YamlFixture.Parse($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata: {{name: x}}\n{rest}\n");
}
