using System.Net;
using System.Text.Json.Nodes;

namespace HookSync.Simulator.Tests;

/// <summary>docs/simulator.md "Identity and RBAC": SelfSubjectAccessReview, SelfSubjectReview and the apiserver's 403.</summary>
public sealed class AccessReviewTests
{
    private static JsonObject Review(string verb, string group, string resource, string? ns, string? subresource = null)
    {
        var attributes = new JsonObject { ["verb"] = verb, ["group"] = group, ["resource"] = resource };
        if (ns is not null)
        {
            attributes["namespace"] = ns;
        }
        if (subresource is not null)
        {
            attributes["subresource"] = subresource;
        }
        return new JsonObject
        {
            ["apiVersion"] = "authorization.k8s.io/v1",
            ["kind"] = "SelfSubjectAccessReview",
            ["spec"] = new JsonObject { ["resourceAttributes"] = attributes },
        };
    }

    private static Task<SimulatorHarness> Restricted(params string[] denials) =>
        SimulatorHarness.StartAsync(o => o with { Identity = "system:serviceaccount:ci:deployer", Denied = [.. denials.Select(AccessDenial.Parse)] });

    [Theory]
    [InlineData("delete", "batch", "jobs", "default", null, false)]
    [InlineData("delete", "batch", "jobs", "web", null, false)]
    [InlineData("create", "batch", "jobs", "default", null, true)]
    [InlineData("get", "", "pods", "web", "log", false)]
    [InlineData("get", "", "pods", "default", "log", true)]
    [InlineData("get", "", "pods", "web", null, true)]
    [InlineData("patch", "apps", "deployments", null, null, false)]
    public async Task AccessReview_AnswersFromTheDenials(string verb, string group, string resource, string? ns, string? sub, bool allowed)
    {
        await using var h = await Restricted("delete:jobs.batch", "get:pods/log:web", "*:deployments");

        var reply = await h.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", Review(verb, group, resource, ns, sub));

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.Equal(allowed, reply.Body!["status"]!["allowed"]!.GetValue<bool>());
        Assert.Equal("review", h.Simulator.Requests[^1].Verb);
    }

    [Fact]
    public async Task SelfSubjectReview_NamesTheIdentity()
    {
        await using var h = await Restricted();

        var reply = await h.PostAsync("/apis/authentication.k8s.io/v1/selfsubjectreviews",
            new JsonObject { ["apiVersion"] = "authentication.k8s.io/v1", ["kind"] = "SelfSubjectReview" });

        Assert.Equal("system:serviceaccount:ci:deployer", reply.Str("status", "userInfo", "username"));
    }

    [Fact]
    public async Task DeniedRequest_Gets403WithRbacMessageAndChangesNothing()
    {
        await using var h = await Restricted("delete:jobs", "patch:configmaps:default");
        await h.PostAsync("/apis/batch/v1/namespaces/default/jobs", Manifests.Job("migrate"));

        var delete = await h.DeleteAsync("/apis/batch/v1/namespaces/default/jobs/migrate");
        var apply = await h.ApplyAsync("/api/v1/namespaces/default/configmaps/cm", Manifests.ConfigMap("cm"));

        Assert.Equal(HttpStatusCode.Forbidden, delete.Status);
        Assert.Equal("Forbidden", delete.Str("reason"));
        Assert.Equal("jobs.batch \"migrate\" is forbidden: User \"system:serviceaccount:ci:deployer\" cannot delete resource \"jobs\" in API group \"batch\" in the namespace \"default\"",
            delete.Str("message"));
        Assert.Equal(HttpStatusCode.Forbidden, apply.Status);
        Assert.Contains("cannot patch resource \"configmaps\" in API group \"\"", apply.Str("message"), StringComparison.Ordinal);
        Assert.NotNull(h.Simulator.Script.Get("Job", "default", "migrate"));
        Assert.Null(h.Simulator.Script.Get("ConfigMap", "default", "cm"));
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("delete:")]
    [InlineData(":jobs")]
    [InlineData("a:b:c:d")]
    [InlineData("get:pods:")]
    public void Parse_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => AccessDenial.Parse(text));
}
