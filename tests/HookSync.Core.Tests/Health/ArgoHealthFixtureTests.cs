using HookSync.Core.Health;
using HookSync.Core.Ports;
using HookSync.Testing;

namespace HookSync.Core.Tests.Health;

/// <summary>Every fixture of Argo CD's gitops-engine health tests yields the status (and message) Argo CD expects.</summary>
public sealed class ArgoHealthFixtureTests
{
    // Status from Argo CD 3.6.0 gitops-engine/pkg/health/health_test.go (the commit the fixtures were copied from).
    // A null code means "no health check" (TestCRD, TestApplication). Argo's test asserts two messages ("Job suspended",
    // "Pending deletion"); the others are what Argo CD 3.6.0's health_*.go code produces for that object, worked out
    // by reading the fixture against that code, so users see the same text as in Argo's UI.
    public static TheoryData<string, HealthStatusCode?, string?> Cases => new()
    {
        { "apiservice-v1-false.yaml", HealthStatusCode.Progressing, "MissingEndpoints: endpoints for service/cert-manager-webhook in \"external-dns\" have no addresses" },
        { "apiservice-v1-true.yaml", HealthStatusCode.Healthy, "Passed: all checks passed" },
        { "apiservice-v1beta1-false.yaml", HealthStatusCode.Progressing, "MissingEndpoints: endpoints for service/cert-manager-webhook in \"external-dns\" have no addresses" },
        { "apiservice-v1beta1-true.yaml", HealthStatusCode.Healthy, "Passed: all checks passed" },
        { "application-degraded.yaml", null, null },
        { "application-healthy.yaml", null, null },
        { "daemonset-ondelete.yaml", HealthStatusCode.Healthy, "daemon set 0 out of 1 new pods have been updated" },
        { "deployment-degraded.yaml", HealthStatusCode.Degraded, "Deployment \"guestbook-ui\" exceeded its progress deadline" },
        { "deployment-progressing.yaml", HealthStatusCode.Progressing, "Waiting for rollout to finish: 1 old replicas are pending termination..." },
        { "deployment-suspended.yaml", HealthStatusCode.Suspended, "Deployment is paused" },
        { "hpa-v1-degraded-failedgetobjectmetric.yaml", HealthStatusCode.Degraded, "the HPA was unable to compute the replica count: unable to get metric tomcat_sessions_active_current_sessions: Service on namespace sample-service/unable to fetch metrics from custom metrics API: the server could not find the metric tomcat_sessions_active_current_sessions for services" },
        { "hpa-v1-degraded.yaml", HealthStatusCode.Degraded, "the HPA controller was unable to get the target's current scale" },
        { "hpa-v1-healthy-toofew.yaml", HealthStatusCode.Healthy, "recommended size matches current size" },
        { "hpa-v1-healthy.yaml", HealthStatusCode.Healthy, "recent recommendations were higher than current one, applying the highest recent recommendation" },
        { "hpa-v1-progressing-with-no-annotations.yaml", HealthStatusCode.Progressing, "Waiting to Autoscale" },
        { "hpa-v1-progressing.yaml", HealthStatusCode.Progressing, "Waiting to Autoscale" },
        { "hpa-v2-degraded.yaml", HealthStatusCode.Degraded, "the HPA controller was unable to get the target's current scale: deployments/scale.apps \"sandbox-test-app-8\" not found" },
        { "hpa-v2-healthy.yaml", HealthStatusCode.Healthy, "recommended size matches current size" },
        { "hpa-v2-progressing.yaml", HealthStatusCode.Progressing, "Waiting to Autoscale" },
        { "ingress-nonemptylist.yaml", HealthStatusCode.Healthy, "" },
        { "ingress-unassigned.yaml", HealthStatusCode.Progressing, "" },
        { "ingress.yaml", HealthStatusCode.Healthy, "" },
        { "job-failed.yaml", HealthStatusCode.Degraded, "Job has reached the specified backoff limit" },
        { "job-running.yaml", HealthStatusCode.Progressing, "" },
        { "job-succeeded.yaml", HealthStatusCode.Healthy, "" },
        { "job-suspended.yaml", HealthStatusCode.Suspended, "Job suspended" },
        { "knative-service.yaml", null, null },
        { "pod-crashloop.yaml", HealthStatusCode.Degraded, "Back-off 40s restarting failed container=main pod=my-pod_argocd(63674389-f613-11e8-a057-fe5f49266390)" },
        { "pod-deletion.yaml", HealthStatusCode.Progressing, "Pending deletion" },
        { "pod-error.yaml", HealthStatusCode.Degraded, "" },
        { "pod-failed.yaml", HealthStatusCode.Degraded, "container \"main\" failed with exit code 1" },
        { "pod-imagepullbackoff.yaml", HealthStatusCode.Degraded, "Back-off pulling image \"gcr.io/heptio-images/ks-guestbook-demo:0.3\"" },
        { "pod-pending.yaml", HealthStatusCode.Progressing, "" },
        { "pod-running-not-ready.yaml", HealthStatusCode.Progressing, "" },
        { "pod-running-restart-always.yaml", HealthStatusCode.Healthy, "" },
        { "pod-running-restart-never-hook-with-ignore-annotation.yaml", HealthStatusCode.Progressing, "" },
        { "pod-running-restart-never-with-ignore-annotation-backoff.yaml", HealthStatusCode.Degraded, "Back-off pulling image \"alpine:3.21\"" },
        { "pod-running-restart-never-with-ignore-annotation.yaml", HealthStatusCode.Healthy, "" },
        { "pod-running-restart-never.yaml", HealthStatusCode.Progressing, "" },
        { "pod-running-restart-onfailure.yaml", HealthStatusCode.Progressing, "" },
        { "pod-succeeded.yaml", HealthStatusCode.Healthy, "" },
        { "pvc-bound.yaml", HealthStatusCode.Healthy, "" },
        { "pvc-pending.yaml", HealthStatusCode.Progressing, "" },
        { "statefulset-ondelete.yaml", HealthStatusCode.Healthy, "statefulset has 1 ready pods" },
        { "statefulset.yaml", HealthStatusCode.Healthy, "statefulset has 1 ready pods" },
        { "svc-clusterip.yaml", HealthStatusCode.Healthy, "" },
        { "svc-loadbalancer-nonemptylist.yaml", HealthStatusCode.Healthy, "" },
        { "svc-loadbalancer-unassigned.yaml", HealthStatusCode.Progressing, "" },
        { "svc-loadbalancer.yaml", HealthStatusCode.Healthy, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Assess_ArgoFixture_MatchesArgoExpectation(string file, HealthStatusCode? expectedCode, string? expectedMessage)
    {
        var live = YamlFixture.Load(Path.Combine(RepoPaths.ArgoFixtures, "argo-health", file));

        var health = HealthAssessor.Default.Assess(live);

        Assert.Equal(expectedCode, health?.Code);
        if (expectedMessage is not null)
        {
            Assert.Equal(expectedMessage, health?.Message);
        }
    }

    [Fact]
    public void Cases_CoverEveryFixtureFile_NoneForgotten()
    {
        var onDisk = Directory.GetFiles(Path.Combine(RepoPaths.ArgoFixtures, "argo-health"), "*.yaml")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = Cases.Select(row => (string)row[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, listed);
    }
}
