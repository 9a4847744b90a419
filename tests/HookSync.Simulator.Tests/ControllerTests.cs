using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class ControllerTests
{
    [Fact]
    public async Task Job_Default_CompletesAndItsPodSucceeds()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/migrate", Manifests.Job("migrate"));

        var pods = await h.GetAsync("/api/v1/namespaces/default/pods?labelSelector=job-name%3Dmigrate");
        var pod = ((JsonArray)pods.Body!["items"]!).Single()!;
        Assert.Equal("Pending", pod.Str("status", "phase"));
        Assert.Equal("Job", pod["metadata"]!["ownerReferences"]![0].Str("kind"));
        h.Advance(SimulatorHarness.Work);

        var job = await h.GetAsync("/apis/batch/v1/namespaces/default/jobs/migrate");
        var podAfter = await h.GetAsync("/api/v1/namespaces/default/pods/" + pod.Str("metadata", "name"));
        Assert.Contains((JsonArray)job.Body!["status"]!["conditions"]!, c => c.Str("type") == "Complete" && c.Str("status") == "True");
        Assert.Equal(1, job.Body["status"]!["succeeded"]!.GetValue<int>());
        Assert.NotNull(job.Str("status", "completionTime"));
        Assert.Equal("Succeeded", podAfter.Str("status", "phase"));
        Assert.Equal(0, podAfter.Body!["status"]!["containerStatuses"]![0]!["state"]!["terminated"]!["exitCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Job_FailTargetMatchingGenerateNamePrefix_FailsWithBackoffLimitExceeded()
    {
        await using var h = await SimulatorHarness.StartAsync(o => o with { FailTargets = ["job/migrate-presync"] });
        var created = await h.PostAsync("/apis/batch/v1/namespaces/default/jobs", Manifests.Job(null, generateName: "migrate-presync-"));
        var name = created.Str("metadata", "name")!;
        h.Advance(SimulatorHarness.Work);

        var job = await h.GetAsync("/apis/batch/v1/namespaces/default/jobs/" + name);
        var failed = ((JsonArray)job.Body!["status"]!["conditions"]!).Single(c => c.Str("type") == "Failed")!;
        Assert.Equal("BackoffLimitExceeded", failed.Str("reason"));
        Assert.Equal("Job has reached the specified backoff limit", failed.Str("message"));
        var pod = ((JsonArray)(await h.GetAsync("/api/v1/namespaces/default/pods?labelSelector=job-name%3D" + name)).Body!["items"]!).Single()!;
        Assert.Equal("Failed", pod.Str("status", "phase"));
        Assert.Equal("main", pod["status"]!["containerStatuses"]![0].Str("name"));
        Assert.Equal(1, pod["status"]!["containerStatuses"]![0]!["state"]!["terminated"]!["exitCode"]!.GetValue<int>());
        Assert.Null(pod.Str("status", "message"));
    }

    [Fact]
    public async Task Job_ScriptedFailAfter_FailsOnlyAfterThatTime()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.FailAfter("Job", "slow", TimeSpan.FromSeconds(30));
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/slow", Manifests.Job("slow"));

        h.Advance(TimeSpan.FromSeconds(20));
        var before = h.Simulator.Script.Get("Job", "default", "slow")!;
        h.Advance(TimeSpan.FromSeconds(10));
        var after = h.Simulator.Script.Get("Job", "default", "slow")!;

        Assert.Null(before["status"]!["conditions"]);
        Assert.Contains((JsonArray)after["status"]!["conditions"]!, c => c.Str("type") == "Failed");
    }

    [Fact]
    public async Task Pod_RestartNever_GoesPendingRunningSucceeded()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("hook", "Never"));
        var phases = new List<string?> { h.Simulator.Script.Get("Pod", "default", "hook").Str("status", "phase") };

        h.Advance(TimeSpan.FromSeconds(1));
        phases.Add(h.Simulator.Script.Get("Pod", "default", "hook").Str("status", "phase"));
        h.Advance(TimeSpan.FromSeconds(2));
        phases.Add(h.Simulator.Script.Get("Pod", "default", "hook").Str("status", "phase"));

        Assert.Equal(["Pending", "Running", "Succeeded"], phases);
    }

    [Fact]
    public async Task Pod_RestartAlways_BecomesRunningAndReady()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("server", "Always"));

        h.Advance(SimulatorHarness.Work);

        var pod = h.Simulator.Script.Get("Pod", "default", "server")!;
        Assert.Equal("Running", pod.Str("status", "phase"));
        Assert.Contains((JsonArray)pod["status"]!["conditions"]!, c => c.Str("type") == "Ready" && c.Str("status") == "True");
    }

    [Fact]
    public async Task Pod_ImagePullBackOff_StaysPendingWaiting()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.ImagePullBackOff("broken");
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("broken", "Never"));

        h.Advance(SimulatorHarness.Work * 3);

        var pod = h.Simulator.Script.Get("Pod", "default", "broken")!;
        Assert.Equal("Pending", pod.Str("status", "phase"));
        Assert.Equal("ImagePullBackOff", pod["status"]!["containerStatuses"]![0].Str("state", "waiting", "reason"));
    }

    [Fact]
    public async Task Deployment_Default_BecomesAvailableThroughAReplicaSet()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/apps/v1/namespaces/default/deployments/web", Manifests.Deployment("web", replicas: 2));

        h.Advance(SimulatorHarness.Work);

        var deployment = h.Simulator.Script.Get("Deployment", "default", "web")!;
        Assert.Equal(1, deployment["status"]!["observedGeneration"]!.GetValue<long>());
        Assert.Equal(2, deployment["status"]!["availableReplicas"]!.GetValue<long>());
        Assert.Contains((JsonArray)deployment["status"]!["conditions"]!, c => c.Str("reason") == "NewReplicaSetAvailable");
        var replicaSet = Assert.Single(h.Simulator.Script.List("ReplicaSet"));
        Assert.Equal(deployment.Str("metadata", "uid"), replicaSet["metadata"]!["ownerReferences"]![0].Str("uid"));
    }

    [Fact]
    public async Task Deployment_FailTarget_ReportsProgressDeadlineExceeded()
    {
        await using var h = await SimulatorHarness.StartAsync(o => o with { FailTargets = ["Deployment/web"] });
        await h.ApplyAsync("/apis/apps/v1/namespaces/default/deployments/web", Manifests.Deployment("web"));

        h.Advance(SimulatorHarness.Work);

        var progressing = ((JsonArray)h.Simulator.Script.Get("Deployment", "default", "web")!["status"]!["conditions"]!).Single(c => c.Str("type") == "Progressing")!;
        Assert.Equal("False", progressing.Str("status"));
        Assert.Equal("ProgressDeadlineExceeded", progressing.Str("reason"));
    }

    [Fact]
    public async Task Deployment_StayProgressing_NeverBecomesAvailable()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.StayProgressing("Deployment", "web");
        await h.ApplyAsync("/apis/apps/v1/namespaces/default/deployments/web", Manifests.Deployment("web"));

        h.Advance(SimulatorHarness.Work * 5);

        var status = h.Simulator.Script.Get("Deployment", "default", "web")!["status"]!;
        Assert.Null(status["availableReplicas"]);
        Assert.Contains((JsonArray)status["conditions"]!, c => c.Str("reason") == "ReplicaSetUpdated");
    }

    [Fact]
    public async Task Crd_Applied_IsEstablishedThenItsKindIsServedAndRuns()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/workflows.argoproj.io", Manifests.WorkflowCrd());
        var before = await h.GetAsync("/apis/argoproj.io/v1alpha1");

        h.Advance(SimulatorHarness.Work);

        var crd = h.Simulator.Script.Get("CustomResourceDefinition", "", "workflows.argoproj.io")!;
        Assert.Equal(HttpStatusCode.NotFound, before.Status);
        Assert.Contains((JsonArray)crd["status"]!["conditions"]!, c => c.Str("type") == "Established" && c.Str("status") == "True");
        var discovery = await h.GetAsync("/apis/argoproj.io/v1alpha1");
        Assert.Contains((JsonArray)discovery.Body!["resources"]!, r => r.Str("kind") == "Workflow" && r!["namespaced"]!.GetValue<bool>());
        var workflow = new JsonObject { ["apiVersion"] = "argoproj.io/v1alpha1", ["kind"] = "Workflow", ["metadata"] = new JsonObject { ["name"] = "wf" }, ["spec"] = new JsonObject() };
        var created = await h.ApplyAsync("/apis/argoproj.io/v1alpha1/namespaces/default/workflows/wf", workflow);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        h.Advance(SimulatorHarness.Work);
        Assert.Equal("Succeeded", (await h.GetAsync("/apis/argoproj.io/v1alpha1/namespaces/default/workflows/wf")).Str("status", "phase"));
    }

    [Fact]
    public async Task Service_LoadBalancer_GetsAnAddress()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var service = JsonNode.Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"lb"},"spec":{"type":"LoadBalancer","ports":[{"port":80}]}}""")!.AsObject();
        await h.ApplyAsync("/api/v1/namespaces/default/services/lb", service);

        h.Advance(SimulatorHarness.Work);

        Assert.StartsWith("10.0.0.", h.Simulator.Script.Get("Service", "default", "lb")!["status"]!["loadBalancer"]!["ingress"]![0].Str("ip"));
    }

    [Fact]
    public async Task RejectApply_ScriptedStatus_IsReturned()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.RejectApply("ConfigMap", "bad", 422, "Invalid", "ConfigMap \"bad\" is invalid: data: Too long");

        var reply = await h.ApplyAsync("/api/v1/namespaces/default/configmaps/bad", Manifests.ConfigMap("bad"));

        Assert.Equal((HttpStatusCode)422, reply.Status);
        Assert.Equal("ConfigMap \"bad\" is invalid: data: Too long", reply.Str("message"));
    }
}
