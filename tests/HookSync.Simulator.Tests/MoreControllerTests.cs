using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class MoreControllerTests
{
    [Fact]
    public async Task StatefulSet_Default_ReportsRevisionsAndReadyReplicas()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var sts = Manifests.Deployment("db", replicas: 3);
        sts["kind"] = "StatefulSet";
        sts["spec"]!["serviceName"] = "db";
        await h.ApplyAsync("/apis/apps/v1/namespaces/default/statefulsets/db", sts);

        h.Advance(SimulatorHarness.Work);

        var status = h.Simulator.Script.Get("StatefulSet", "default", "db")!["status"]!;
        Assert.Equal(3, status["readyReplicas"]!.GetValue<long>());
        Assert.Equal(status.Str("updateRevision"), status.Str("currentRevision"));
        Assert.Equal(1, status["observedGeneration"]!.GetValue<long>());
    }

    [Fact]
    public async Task DaemonSet_Default_BecomesAvailable()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var ds = Manifests.Deployment("agent");
        ds["kind"] = "DaemonSet";
        ((JsonObject)ds["spec"]!).Remove("replicas");
        await h.ApplyAsync("/apis/apps/v1/namespaces/default/daemonsets/agent", ds);

        h.Advance(SimulatorHarness.Work);

        var status = h.Simulator.Script.Get("DaemonSet", "default", "agent")!["status"]!;
        Assert.Equal(1, status["numberAvailable"]!.GetValue<int>());
        Assert.Equal(1, status["updatedNumberScheduled"]!.GetValue<int>());
    }

    [Fact]
    public async Task Pvc_And_Ingress_BindAndGetAnAddress()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/api/v1/namespaces/default/persistentvolumeclaims/data", JsonNode.Parse(
            """{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"2Gi"}}}}""")!.AsObject());
        await h.ApplyAsync("/apis/networking.k8s.io/v1/namespaces/default/ingresses/web", JsonNode.Parse(
            """{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"web"},"spec":{"defaultBackend":{"service":{"name":"web","port":{"number":80}}}}}""")!.AsObject());

        h.Advance(SimulatorHarness.Work);

        Assert.Equal("Bound", h.Simulator.Script.Get("PersistentVolumeClaim", "default", "data").Str("status", "phase"));
        Assert.Equal("2Gi", h.Simulator.Script.Get("PersistentVolumeClaim", "default", "data").Str("status", "capacity", "storage"));
        Assert.NotNull(h.Simulator.Script.Get("Ingress", "default", "web")!["status"]!["loadBalancer"]!["ingress"]![0].Str("ip"));
    }

    [Fact]
    public async Task Job_PodInImagePullBackOff_StaysActive()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.ImagePullBackOff("migrate");
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/migrate", Manifests.Job("migrate"));

        h.Advance(SimulatorHarness.Work * 3);

        var job = h.Simulator.Script.Get("Job", "default", "migrate")!;
        Assert.Equal(1, job["status"]!["active"]!.GetValue<int>());
        Assert.Null(job["status"]!["conditions"]);
        Assert.Equal("ImagePullBackOff", h.Simulator.Script.List("Pod").Single()["status"]!["containerStatuses"]![0].Str("state", "waiting", "reason"));
    }

    [Fact]
    public async Task Workflow_FailTarget_EndsFailed()
    {
        await using var h = await SimulatorHarness.StartAsync(o => o with { FailTargets = ["Workflow/nightly"] });
        await h.ApplyAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/workflows.argoproj.io", Manifests.WorkflowCrd());
        h.Advance(SimulatorHarness.Work);
        var workflow = new JsonObject { ["apiVersion"] = "argoproj.io/v1alpha1", ["kind"] = "Workflow", ["metadata"] = new JsonObject { ["generateName"] = "nightly-" }, ["spec"] = new JsonObject() };
        var created = await h.PostAsync("/apis/argoproj.io/v1alpha1/namespaces/default/workflows", workflow);

        h.Advance(TimeSpan.FromSeconds(1.5));
        var running = (await h.GetAsync("/apis/argoproj.io/v1alpha1/namespaces/default/workflows/" + created.Str("metadata", "name"))).Str("status", "phase");
        h.Advance(SimulatorHarness.Work);
        var final = await h.GetAsync("/apis/argoproj.io/v1alpha1/namespaces/default/workflows/" + created.Str("metadata", "name"));

        Assert.Equal("Running", running);
        Assert.Equal("Failed", final.Str("status", "phase"));
    }

    [Fact]
    public async Task Crd_Deleted_StopsServingItsKind()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/workflows.argoproj.io", Manifests.WorkflowCrd());
        h.Advance(SimulatorHarness.Work);

        await h.DeleteAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/workflows.argoproj.io");

        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync("/apis/argoproj.io/v1alpha1/namespaces/default/workflows")).Status);
        var groups = (await h.GetAsync("/apis")).Body!["groups"]!.AsArray();
        Assert.DoesNotContain(groups, g => g.Str("name") == "argoproj.io");
    }

    [Fact]
    public async Task WaitForIdle_CompletesOnceEveryStepHasRun()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/migrate", Manifests.Job("migrate"));
        var idle = h.Simulator.Script.WaitForIdleAsync();

        var idleBefore = idle.IsCompleted;
        h.Advance(SimulatorHarness.Work);
        await idle.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(idleBefore);
        Assert.Contains((JsonArray)h.Simulator.Script.Get("Job", "default", "migrate")!["status"]!["conditions"]!, c => c.Str("type") == "Complete");
    }

    [Fact]
    public async Task Job_Created_GetsAUidSelectorThatMatchesOnlyItsPod()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/first", Manifests.Job("first"));
        var created = await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/second", Manifests.Job("second"));
        var reapplied = await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/second", Manifests.Job("second"));

        var uid = created.Str("metadata", "uid")!;
        var selector = created.Str("spec", "selector", "matchLabels", "batch.kubernetes.io/controller-uid");
        var pods = await h.GetAsync("/api/v1/namespaces/default/pods?labelSelector=" + Uri.EscapeDataString("batch.kubernetes.io/controller-uid=" + selector));

        Assert.Equal(uid, selector);
        Assert.Equal(HttpStatusCode.OK, reapplied.Status);
        var pod = Assert.Single(pods.Body!["items"]!.AsArray())!;
        Assert.StartsWith("second-", pod.Str("metadata", "name"));
    }
}
