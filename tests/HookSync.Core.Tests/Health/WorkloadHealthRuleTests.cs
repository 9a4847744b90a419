using HookSync.Core.Health;
using HookSync.Core.Ports;
using HookSync.Core.Health.Rules;
using HookSync.Core.Model;
using HookSync.Testing;

namespace HookSync.Core.Tests.Health;

public sealed class WorkloadHealthRuleTests
{
    [Fact]
    public void Deployment_GenerationAheadOfObserved_ProgressingWithArgoMessage()
    {
        var live = Workload("apps/v1", "Deployment", generation: 3, "replicas: 1", "observedGeneration: 2");

        Assert.Equal(
            HealthStatus.Progressing("Waiting for rollout to finish: observed deployment generation less than desired generation"),
            new DeploymentHealthRule().Assess(live));
    }

    [Theory]
    [InlineData("replicas: 3", "replicas: 3\n  updatedReplicas: 1\n  availableReplicas: 1",
        "Waiting for rollout to finish: 1 out of 3 new replicas have been updated...")]
    [InlineData("replicas: 2", "replicas: 2\n  updatedReplicas: 2\n  availableReplicas: 1",
        "Waiting for rollout to finish: 1 of 2 updated replicas are available...")]
    public void Deployment_RolloutUnderway_ProgressingWithArgoMessage(string spec, string status, string expected)
    {
        var live = Workload("apps/v1", "Deployment", 1, spec, "observedGeneration: 1\n  " + status);

        Assert.Equal(HealthStatus.Progressing(expected), new DeploymentHealthRule().Assess(live));
    }

    [Fact]
    public void Deployment_AllReplicasAvailable_Healthy()
    {
        var live = Workload("apps/v1", "Deployment", 1, "replicas: 2",
            "observedGeneration: 1\n  replicas: 2\n  updatedReplicas: 2\n  availableReplicas: 2");

        Assert.Equal(HealthStatus.Healthy(), new DeploymentHealthRule().Assess(live));
    }

    [Fact]
    public void Deployment_OldApiVersion_Throws()
    {
        var live = Workload("apps/v1beta2", "Deployment", 1, "replicas: 1", "observedGeneration: 1");

        Assert.Throws<HealthCheckException>(() => new DeploymentHealthRule().Assess(live));
    }

    [Fact]
    public void Job_SuspendedFalseAndNotComplete_ReadsHealthy()
    {
        // H6 quirk: a resumed Job counts as done.
        var live = Workload("batch/v1", "Job", 1, "parallelism: 1",
            "conditions:\n  - {type: Suspended, status: \"False\", message: Job resumed}");

        Assert.Equal(HealthStatus.Healthy("Job resumed"), new JobHealthRule().Assess(live));
    }

    [Fact]
    public void Job_FailedAfterSuspended_DegradedWithFailedMessage()
    {
        var live = Workload("batch/v1", "Job", 1, "parallelism: 1",
            "conditions:\n  - {type: Suspended, status: \"True\", message: s}\n  - {type: Failed, status: \"True\", message: BackoffLimitExceeded}");

        Assert.Equal(HealthStatus.Degraded("BackoffLimitExceeded"), new JobHealthRule().Assess(live));
    }

    [Fact]
    public void Job_OnlyNewerConditions_StaysProgressing()
    {
        var live = Workload("batch/v1", "Job", 1, "parallelism: 1",
            "conditions:\n  - {type: SuccessCriteriaMet, status: \"True\"}\n  - {type: FailureTarget, status: \"True\"}");

        Assert.Equal(HealthStatusCode.Progressing, new JobHealthRule().Assess(live).Code);
    }

    [Fact]
    public void StatefulSet_PartitionedRolloutUnderway_Progressing()
    {
        var live = Workload("apps/v1", "StatefulSet", 2,
            "replicas: 5\n  updateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 2}}",
            "observedGeneration: 2\n  readyReplicas: 5\n  updatedReplicas: 1");

        Assert.Equal(
            HealthStatus.Progressing("Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated..."),
            new StatefulSetHealthRule().Assess(live));
    }

    [Fact]
    public void StatefulSet_NeverObserved_Progressing()
    {
        var live = Workload("apps/v1", "StatefulSet", 0, "replicas: 1", "readyReplicas: 1");

        Assert.Equal(HealthStatus.Progressing("Waiting for statefulset spec update to be observed..."),
            new StatefulSetHealthRule().Assess(live));
    }

    [Fact]
    public void StatefulSet_NotAllReady_ProgressingWithCount()
    {
        var live = Workload("apps/v1", "StatefulSet", 1, "replicas: 3", "observedGeneration: 1\n  readyReplicas: 1");

        Assert.Equal(HealthStatus.Progressing("Waiting for 2 pods to be ready..."), new StatefulSetHealthRule().Assess(live));
    }

    [Fact]
    public void StatefulSet_RollingUpdateWithoutBlockAndRevisionsDiffer_Progressing()
    {
        var live = Workload("apps/v1", "StatefulSet", 1, "replicas: 1\n  updateStrategy: {type: RollingUpdate}",
            "observedGeneration: 1\n  readyReplicas: 1\n  updatedReplicas: 0\n  updateRevision: web-2\n  currentRevision: web-1");

        Assert.Equal(HealthStatus.Progressing("waiting for statefulset rolling update to complete 0 pods at revision web-2..."),
            new StatefulSetHealthRule().Assess(live));
    }

    [Fact]
    public void DaemonSet_PodsNotUpdated_ProgressingWithQuotedName()
    {
        var live = Workload("apps/v1", "DaemonSet", 1, "updateStrategy: {type: RollingUpdate}",
            "observedGeneration: 1\n  desiredNumberScheduled: 3\n  updatedNumberScheduled: 1\n  numberAvailable: 3");

        Assert.Equal(
            HealthStatus.Progressing("Waiting for daemon set \"w\" rollout to finish: 1 out of 3 new pods have been updated..."),
            new DaemonSetHealthRule().Assess(live));
    }

    [Fact]
    public void DaemonSet_GenerationAheadOfObserved_Progressing()
    {
        var live = Workload("apps/v1", "DaemonSet", 2, "updateStrategy: {type: OnDelete}", "observedGeneration: 1");

        Assert.Equal(HealthStatusCode.Progressing, new DaemonSetHealthRule().Assess(live).Code);
    }

    [Fact]
    public void ReplicaSet_ReplicaFailureTrue_DegradedWithConditionMessage()
    {
        var live = Workload("apps/v1", "ReplicaSet", 1, "replicas: 2",
            "observedGeneration: 1\n  conditions:\n  - {type: ReplicaFailure, status: \"True\", message: quota exceeded}");

        Assert.Equal(HealthStatus.Degraded("quota exceeded"), new ReplicaSetHealthRule().Assess(live));
    }

    [Fact]
    public void ReplicaSet_NotAllAvailable_Progressing()
    {
        var live = Workload("apps/v1", "ReplicaSet", 1, "replicas: 2", "observedGeneration: 1\n  availableReplicas: 1");

        Assert.Equal(HealthStatus.Progressing("Waiting for rollout to finish: 1 out of 2 new replicas are available..."),
            new ReplicaSetHealthRule().Assess(live));
    }

    private static KubeObject Workload(string apiVersion, string kind, long generation, string spec, string status) =>
        YamlFixture.Parse($"""
            apiVersion: {apiVersion}
            kind: {kind}
            metadata:
              name: w
              generation: {generation}
            spec:
              {spec}
            status:
              {status}
            """);
}
