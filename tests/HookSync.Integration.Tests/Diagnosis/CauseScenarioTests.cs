using System.Text.Json.Nodes;
using HookSync.Core.Diagnosis;
using HookSync.Core.Reporting;
using HookSync.Integration.Tests.Scenarios;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Diagnosis;

/// <summary>
/// Every <c>--simulate-fail KIND/NAME=CAUSE</c> through the simulator over HTTP with the real client: the failed task's
/// report carries the cause the classifier names from the Status body or from the pods and Events, with its hint, and
/// the JSON report writes it.
/// </summary>
public sealed class CauseScenarioTests
{
    [Theory]
    [InlineData("ImagePullBackOff", CauseCodes.ImagePullBackOff, "cannot pull image \"nginx:1.27\"", "check the tag or the pull secret")]
    [InlineData("CrashLoopBackOff", CauseCodes.CrashLoopBackOff, "exit code 1 (Error), 5 restarts", "read its last log lines")]
    [InlineData("OOMKilled", CauseCodes.OomKilled, "more memory than its limit (256Mi) (exit code 137", "raise resources.limits.memory (now 256Mi)")]
    [InlineData("Unschedulable", CauseCodes.Unschedulable, "0/3 nodes are available: 3 Insufficient memory.", "lower resources.requests or add capacity")]
    [InlineData("QuotaExceeded", CauseCodes.QuotaExceeded, "is forbidden: exceeded quota: compute-quota", "ResourceQuota")]
    [InlineData("CreateContainerConfigError", CauseCodes.CreateContainerConfigError, "secret \"web-db\" not found", "create the missing Secret or ConfigMap")]
    [InlineData("PvcPending", CauseCodes.PvcPending, "pod has unbound immediate PersistentVolumeClaims", "storageClassName")]
    public async Task Deployment_RuntimeCause_ClassifiedFromPodsAndEvents(string cause, string code, string message, string hint)
    {
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = [$"Deployment/web={cause}"] });

        var run = await runner.SyncAsync([Web()]);

        Assert.Equal(SyncResult.Failed, run.Report.Result);
        var found = run.Task("web").Cause;
        Assert.NotNull(found);
        Assert.Equal(code, found.Code);
        Assert.Contains(message, found.Message, StringComparison.Ordinal);
        Assert.Contains(hint, found.Hint, StringComparison.Ordinal);
        Assert.NotEmpty(found.Events);
        AssertInJsonReport(run.Report, found);
    }

    [Fact]
    public async Task Job_OomKilled_JobFailsAndCauseNamesTheLimit()
    {
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Job/migrate=OOMKilled"] });
        var job = HookJob("migrate", "PreSync").Spec(new JsonObject
        {
            ["template"] = new JsonObject { ["spec"] = new JsonObject { ["restartPolicy"] = "Never", ["containers"] = new JsonArray(Container("migrate")) } },
        });

        var run = await runner.SyncAsync([job]);

        var found = run.Task("migrate").Cause;
        Assert.NotNull(found);
        Assert.Equal(CauseCodes.OomKilled, found.Code);
        Assert.Contains("exit code 137", found.Message, StringComparison.Ordinal);
        Assert.Contains("(now 256Mi)", found.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WebhookDenied", CauseCodes.WebhookDenied, "admission webhook \"validation.gatekeeper.sh\" denied the request: [require-team-label]", "validation.gatekeeper.sh")]
    [InlineData("Forbidden", CauseCodes.Forbidden, "deployments.apps \"web\" is forbidden: User \"system:serviceaccount:ci:hooksync\" cannot patch resource \"deployments\" in API group \"apps\" in the namespace \"default\"",
        "grant system:serviceaccount:ci:hooksync the verb \"patch\" on \"deployments\" (API group \"apps\") in namespace \"default\"")]
    [InlineData("Conflict", CauseCodes.Conflict, "Apply failed with 1 conflict: conflict with \"kubectl-edit\" using apps/v1: .spec.replicas", "owned by \"kubectl-edit\"")]
    [InlineData("Immutable", CauseCodes.Immutable, "Deployment.apps \"web\" is invalid: spec.selector", "BeforeHookCreation")]
    public async Task Deployment_ApplyTimeCause_ClassifiedFromTheStatusBody(string cause, string code, string message, string hint)
    {
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = [$"Deployment/web={cause}"] });

        var run = await runner.SyncAsync([Web()]);

        Assert.Equal(SyncResult.Failed, run.Report.Result);
        var found = run.Task("web").Cause;
        Assert.NotNull(found);
        Assert.Equal(code, found.Code);
        Assert.Contains(message, found.Message, StringComparison.Ordinal);
        Assert.Contains(hint, found.Hint, StringComparison.Ordinal);
        Assert.Equal("Deployment/web", found.Object);
        AssertInJsonReport(run.Report, found);
    }

    [Fact]
    public async Task Events_ServedByInvolvedObjectFieldSelector()
    {
        await using var runner = await ScenarioRunner.StartAsync(o => o with { FailTargets = ["Deployment/web=ImagePullBackOff"] });

        var run = await runner.SyncAsync([Web()]);

        Assert.Contains(run.Requests, r => r.Path == "/api/v1/namespaces/default/events" && r.Query.Contains("involvedObject.name", StringComparison.Ordinal));
        var events = run.Task("web").Cause!.Events;
        Assert.Contains(events, e => e.Type == "Warning" && e.Reason == "Failed" && e.Message.StartsWith("Failed to pull image \"nginx:1.27\"", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Reason == "BackOff" && e.Message == "Back-off pulling image \"nginx:1.27\"");
    }

    private static void AssertInJsonReport(SyncReport report, FailureCause cause)
    {
        var json = JsonNode.Parse(ReportJsonWriter.ToJson(report with { ExitCode = 11 }))!;
        var written = json["tasks"]!.AsArray().Select(t => t!["cause"]).Single(c => c is not null)!;
        Assert.Equal(cause.Code, written["code"]!.GetValue<string>());
        Assert.Equal(cause.Message, written["message"]!.GetValue<string>());
        Assert.Equal(cause.Hint, written["hint"]!.GetValue<string>());
        Assert.Equal(cause.Events.Count, written["events"]!.AsArray().Count);
    }

    private static JsonObject Container(string name) => new()
    {
        ["name"] = name,
        ["image"] = "nginx:1.27",
        ["env"] = new JsonArray(new JsonObject
        {
            ["name"] = "DB_PASSWORD",
            ["valueFrom"] = new JsonObject { ["secretKeyRef"] = new JsonObject { ["name"] = "web-db", ["key"] = "password" } },
        }),
        ["resources"] = new JsonObject { ["limits"] = new JsonObject { ["memory"] = "256Mi" } },
    };

    private static ManifestBuilder Web() => ManifestBuilder.Of("apps/v1", "Deployment", "web").Spec(new JsonObject
    {
        ["replicas"] = 1,
        ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = "web" } },
        ["template"] = new JsonObject
        {
            ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = "web" } },
            ["spec"] = new JsonObject { ["containers"] = new JsonArray(Container("main")) },
        },
    });
}
