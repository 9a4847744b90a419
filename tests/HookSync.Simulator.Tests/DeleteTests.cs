using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

public sealed class DeleteTests
{
    [Fact]
    public async Task Delete_Foreground_KeepsJobWithDeletionTimestampUntilItsPodIsGone()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/migrate", Manifests.Job("migrate"));
        h.Advance(SimulatorHarness.Work);

        var reply = await h.DeleteAsync("/apis/batch/v1/namespaces/default/jobs/migrate", "Foreground");
        var during = await h.GetAsync("/apis/batch/v1/namespaces/default/jobs/migrate");
        Assert.Single(h.Simulator.Script.List("Pod"));
        h.Advance(SimulatorHarness.Work);

        Assert.Equal(HttpStatusCode.Accepted, reply.Status);
        Assert.NotNull(during.Str("metadata", "deletionTimestamp"));
        Assert.Contains("foregroundDeletion", during.Body!["metadata"]!["finalizers"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Empty(h.Simulator.Script.List("Pod"));
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync("/apis/batch/v1/namespaces/default/jobs/migrate")).Status);
    }

    [Fact]
    public async Task Delete_Background_RemovesAtOnceAndDependentsShortlyAfter()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/apis/batch/v1/namespaces/default/jobs/migrate", Manifests.Job("migrate"));

        var reply = await h.DeleteAsync("/apis/batch/v1/namespaces/default/jobs/migrate", "Background");
        var gone = await h.GetAsync("/apis/batch/v1/namespaces/default/jobs/migrate");
        var podsBefore = h.Simulator.Script.List("Pod").Count;
        h.Advance(SimulatorHarness.Work);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal(1, podsBefore);
        Assert.Empty(h.Simulator.Script.List("Pod"));
    }

    [Fact]
    public async Task Delete_WithFinalizer_StaysUntilFinalizerRemoved()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var cm = Manifests.ConfigMap("guarded");
        cm["metadata"]!["finalizers"] = new JsonArray("example.com/guard");
        await h.PostAsync("/api/v1/namespaces/default/configmaps", cm);

        await h.DeleteAsync("/api/v1/namespaces/default/configmaps/guarded");
        var during = await h.GetAsync("/api/v1/namespaces/default/configmaps/guarded");
        await h.MergePatchAsync("/api/v1/namespaces/default/configmaps/guarded", JsonNode.Parse("""{"metadata":{"finalizers":null}}""")!.AsObject());

        Assert.NotNull(during.Str("metadata", "deletionTimestamp"));
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync("/api/v1/namespaces/default/configmaps/guarded")).Status);
    }

    [Fact]
    public async Task Delete_Missing_Returns404()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.DeleteAsync("/api/v1/namespaces/default/configmaps/ghost");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("configmaps \"ghost\" not found", reply.Str("message"));
    }

    [Fact]
    public async Task Delete_Namespace_TerminatesThenRemovesItsObjects()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/api/v1/namespaces/team", JsonNode.Parse("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team"}}""")!.AsObject());
        await h.ApplyAsync("/api/v1/namespaces/team/configmaps/cm", Manifests.ConfigMap("cm"));

        await h.DeleteAsync("/api/v1/namespaces/team");
        var terminating = await h.GetAsync("/api/v1/namespaces/team");
        var forbidden = await h.ApplyAsync("/api/v1/namespaces/team/configmaps/late", Manifests.ConfigMap("late"));
        h.Advance(SimulatorHarness.Work);

        Assert.Equal("Terminating", terminating.Str("status", "phase"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync("/api/v1/namespaces/team/configmaps/cm")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync("/api/v1/namespaces/team")).Status);
    }

    [Fact]
    public async Task DeleteFromOutside_RemovesTheObject()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await h.ApplyAsync("/api/v1/namespaces/default/configmaps/cm", Manifests.ConfigMap("cm"));

        var deleted = h.Simulator.Script.DeleteFromOutside("ConfigMap", "default", "cm");

        Assert.True(deleted);
        Assert.Equal(HttpStatusCode.NotFound, (await h.GetAsync("/api/v1/namespaces/default/configmaps/cm")).Status);
    }
}
