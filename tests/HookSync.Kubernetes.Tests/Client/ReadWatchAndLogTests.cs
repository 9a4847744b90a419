using System.Net;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Kubernetes.Tests.Support;

namespace HookSync.Kubernetes.Tests.Client;

public sealed class ReadWatchAndLogTests
{
    private static readonly GroupVersionKind JobKind = new("batch", "v1", "Job");

    [Fact]
    public async Task FindResourceAsync_ServedKinds_ComeFromDiscoveryWithoutSubresources()
    {
        using var cluster = new ScriptedCluster((_, _) => null);

        var pod = await cluster.Client.FindResourceAsync(new GroupVersionKind("", "v1", "Pod"), CancellationToken.None);
        var ns = await cluster.Client.FindResourceAsync(new GroupVersionKind("", "v1", "Namespace"), CancellationToken.None);

        Assert.Equal(new ApiResource(new GroupVersionKind("", "v1", "Pod"), "pods", true), pod);
        Assert.Equal("namespaces", ns!.Plural);
        Assert.False(ns.Namespaced);
    }

    [Fact]
    public async Task FindResourceAsync_RepeatedLookups_AskDiscoveryOnceUntilInvalidated()
    {
        using var cluster = new ScriptedCluster((_, _) => null);

        await cluster.Client.FindResourceAsync(JobKind, CancellationToken.None);
        await cluster.Client.FindResourceAsync(JobKind, CancellationToken.None);
        var before = cluster.Handler.Calls.Count(c => c.Path == "/apis/batch/v1");
        cluster.Client.InvalidateDiscovery();
        await cluster.Client.FindResourceAsync(JobKind, CancellationToken.None);

        Assert.Equal(1, before);
        Assert.Equal(2, cluster.Handler.Calls.Count(c => c.Path == "/apis/batch/v1"));
    }

    [Fact]
    public async Task FindResourceAsync_UnservedGroup_IsNull()
    {
        using var cluster = new ScriptedCluster((_, _) => null);

        var widget = await cluster.Client.FindResourceAsync(new GroupVersionKind("example.com", "v1", "Widget"), CancellationToken.None);
        var unknownCoreKind = await cluster.Client.FindResourceAsync(new GroupVersionKind("", "v1", "Widget"), CancellationToken.None);

        Assert.Null(widget);
        Assert.Null(unknownCoreKind);
    }

    [Fact]
    public async Task GetAsync_UnservedKind_ThrowsNotServedNamingTheCrd()
    {
        using var cluster = new ScriptedCluster((_, _) => null);
        var target = new ObjectReference(new GroupVersionKind("example.com", "v1", "Widget"), "app", "w1");

        var error = await Assert.ThrowsAsync<ClusterException>(() => cluster.Client.GetAsync(target, CancellationToken.None));

        Assert.Equal(ClusterFailureKind.NotServed, error.Kind);
        Assert.Equal("the server does not serve kind \"Widget\" in \"example.com/v1\"; is its CustomResourceDefinition installed?", error.Message);
    }

    [Fact]
    public async Task GetAsync_Missing_IsNull()
    {
        using var cluster = new ScriptedCluster((_, _) => null);

        var result = await cluster.Client.GetAsync(new ObjectReference(JobKind, "app", "gone"), CancellationToken.None);

        Assert.Null(result);
        Assert.Equal("/apis/batch/v1/namespaces/app/jobs/gone", Assert.Single(cluster.ApiCalls).Path);
    }

    [Fact]
    public async Task DeleteAsync_Present_SendsThePropagationPolicy()
    {
        using var cluster = new ScriptedCluster((request, _) => request.Method == HttpMethod.Delete
            ? ScriptedHandler.Json(HttpStatusCode.OK, """{"kind":"Status","status":"Success"}""")
            : null);

        var deleted = await cluster.Client.DeleteAsync(new ObjectReference(JobKind, "app", "migrate"), DeletePropagation.Foreground, CancellationToken.None);

        Assert.True(deleted);
        var call = Assert.Single(cluster.ApiCalls);
        Assert.Equal("DELETE", call.Method);
        Assert.Contains("\"propagationPolicy\":\"Foreground\"", call.Body);
    }

    [Fact]
    public async Task DeleteAsync_Absent_IsFalse()
    {
        using var cluster = new ScriptedCluster((_, _) => null);

        var deleted = await cluster.Client.DeleteAsync(new ObjectReference(JobKind, "app", "migrate"), DeletePropagation.Background, CancellationToken.None);

        Assert.False(deleted);
    }

    [Fact]
    public async Task ListAsync_Items_GetKindAndTheListResourceVersion()
    {
        using var cluster = new ScriptedCluster((request, _) => request.RequestUri!.AbsolutePath == "/apis/batch/v1/namespaces/app/jobs"
            ? ScriptedHandler.Json(HttpStatusCode.OK, """{"kind":"JobList","apiVersion":"batch/v1","metadata":{"resourceVersion":"42"},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}""")
            : null);

        var list = await cluster.Client.ListAsync(JobKind, "app", "app.kubernetes.io/instance=shop", CancellationToken.None);

        Assert.Equal("42", list.ResourceVersion);
        Assert.Equal(["a", "b"], list.Items.Select(i => i.Name));
        Assert.All(list.Items, item => Assert.Equal(JobKind, item.Gvk));
        Assert.Contains("labelSelector=app.kubernetes.io/instance=shop", Assert.Single(cluster.ApiCalls).Query);
    }

    [Fact]
    public async Task WatchAsync_EventLines_BecomeEventsInOrder()
    {
        const string stream = """
            {"type":"ADDED","object":{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate","resourceVersion":"10"}}}
            {"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"11"}}}
            {"type":"MODIFIED","object":{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate","resourceVersion":"12"},"status":{"succeeded":1}}}

            """;
        using var cluster = new ScriptedCluster((request, _) => request.RequestUri!.Query.Contains("watch=true")
            ? ScriptedHandler.Json(HttpStatusCode.OK, stream)
            : null);

        var events = new List<WatchEvent>();
        await foreach (var e in cluster.Client.WatchAsync(new ObjectReference(JobKind, "app", "migrate"), "9", CancellationToken.None))
        {
            events.Add(e);
        }

        Assert.Equal([WatchEventType.Added, WatchEventType.Bookmark, WatchEventType.Modified], events.Select(e => e.Type));
        Assert.Equal("11", events[1].Object.ResourceVersion);
        Assert.Equal(1, events[2].Object.GetInt64("status", "succeeded"));
        var call = Assert.Single(cluster.ApiCalls);
        Assert.Equal("/apis/batch/v1/namespaces/app/jobs", call.Path);
        Assert.Equal("?watch=true&fieldSelector=metadata.name=migrate&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=9", call.Query);
    }

    [Fact]
    public async Task WatchAsync_ErrorEventExpired_ThrowsGone()
    {
        const string stream = """
            {"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: 9 (15)","reason":"Expired","code":410}}

            """;
        using var cluster = new ScriptedCluster((request, _) => request.RequestUri!.Query.Contains("watch=true")
            ? ScriptedHandler.Json(HttpStatusCode.OK, stream)
            : null);

        var error = await Assert.ThrowsAsync<ClusterException>(async () =>
        {
            await foreach (var e in cluster.Client.WatchAsync(new ObjectReference(JobKind, "app", "migrate"), "9", CancellationToken.None))
            {
                Assert.Fail($"no event expected, got {e.Type}");
            }
        });

        Assert.Equal(ClusterFailureKind.Gone, error.Kind);
        Assert.Equal("too old resource version: 9 (15)", error.Message);
    }

    [Fact]
    public async Task StreamPodLogAsync_Follow_YieldsLinesFromTheLogSubresource()
    {
        using var cluster = new ScriptedCluster((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/log", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("migrating 1/2\nmigrating 2/2\ndone\n") }
            : null);

        var lines = new List<string>();
        await foreach (var line in cluster.Client.StreamPodLogAsync("app", "migrate-x7k2p", "main", follow: true, CancellationToken.None))
        {
            lines.Add(line);
        }

        Assert.Equal(["migrating 1/2", "migrating 2/2", "done"], lines);
        var call = Assert.Single(cluster.ApiCalls);
        Assert.Equal("/api/v1/namespaces/app/pods/migrate-x7k2p/log", call.Path);
        Assert.Equal("?follow=true&container=main", call.Query);
    }
}
