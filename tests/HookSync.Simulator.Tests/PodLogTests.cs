using System.Net;

namespace HookSync.Simulator.Tests;

public sealed class PodLogTests
{
    [Fact]
    public async Task Log_Follow_StreamsLinesUntilThePodTerminates()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Simulator.Script.AddPodLog("hook", "from the test");
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("hook", "Never"));
        await using var log = await WatchStream.OpenAsync(h.Http, "/api/v1/namespaces/default/pods/hook/log?container=main&follow=true");

        Assert.Equal("from the test", await log.ReadLineAsync());
        h.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("starting hook", await log.ReadLineAsync());
        h.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("hook completed", await log.ReadLineAsync());
        Assert.Null(await log.ReadLineAsync());
    }

    [Fact]
    public async Task Log_FailingJobPod_EndsWithAnErrorLine()
    {
        await using var h = await SimulatorHarness.StartAsync(o => o with { FailTargets = ["Job/broken"] });
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/broken", Manifests.Job("broken"));
        h.Advance(SimulatorHarness.Work);
        var podName = h.Simulator.Script.List("Pod").Single().Str("metadata", "name");

        var reply = await h.GetAsync($"/api/v1/namespaces/default/pods/{podName}/log");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal($"starting {podName}\nerror: {podName} failed\nexit status 1\n", reply.Text);
    }

    [Fact]
    public async Task Log_UnknownContainer_Returns400()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.PostAsync("/api/v1/namespaces/default/pods", Manifests.Pod("hook", "Never"));

        var reply = await h.GetAsync("/api/v1/namespaces/default/pods/hook/log?container=sidecar");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("container sidecar is not valid for pod hook", reply.Str("message"));
    }
}
