using HookSync.Core.Diagnosis;
using HookSync.Core.Model;

namespace HookSync.Core.Tests.Diagnosis;

/// <summary>The pure classifiers: API Status messages and object/pod/event JSON to a cause with its hint.</summary>
public sealed class FailureClassifierTests
{
    private static readonly KubeObject Web = KubeObject.Parse("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop"}}""");

    [Theory]
    [InlineData(404, "namespaces \"shop\" not found", CauseCodes.NamespaceNotFound, "create the Namespace \"shop\"")]
    [InlineData(null, "the server could not find the requested resource (kind \"Rollout\" in \"argoproj.io/v1alpha1\")", CauseCodes.CrdMissing, "CustomResourceDefinition")]
    [InlineData(403, "pods \"web-1\" is forbidden: exceeded quota: compute-quota, requested: limits.memory=512Mi", CauseCodes.QuotaExceeded, "ResourceQuota")]
    [InlineData(403, "deployments.apps \"web\" is forbidden: User \"alice\" cannot patch resource \"deployments\" in API group \"apps\" at the cluster scope", CauseCodes.Forbidden, "grant alice the verb \"patch\" on \"deployments\" (API group \"apps\") cluster-wide")]
    [InlineData(400, "admission webhook \"policy.example.com\" denied the request: privileged containers are not allowed", CauseCodes.WebhookDenied, "\"policy.example.com\"")]
    [InlineData(422, "Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0", CauseCodes.Rejected, "the message says")]
    public void ApiError_ClassifiedFromStatusAndMessage(int? status, string message, string code, string hint)
    {
        var cause = ApiErrorClassifier.Classify(status, message, Web);

        Assert.Equal((code, message, "Deployment/web"), (cause.Code, cause.Message, cause.Object));
        Assert.Contains(hint, cause.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_DeadlineExceeded_NamesTheDeadline()
    {
        var job = KubeObject.Parse("""
            {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate"},"status":{"conditions":[
             {"type":"Failed","status":"True","reason":"DeadlineExceeded","message":"Job was active longer than specified deadline"}]}}
            """);

        var cause = FailureClassifier.Classify(job, [], [], ["applying 0042_orders.sql"]);

        Assert.Equal(CauseCodes.DeadlineExceeded, cause.Code);
        Assert.Contains("Job was active longer than specified deadline; last log lines: applying 0042_orders.sql", cause.Message, StringComparison.Ordinal);
        Assert.Contains("activeDeadlineSeconds", cause.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_BackoffLimitExceeded_CarriesThePodsExitCodeAndLog()
    {
        var job = KubeObject.Parse("""
            {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate"},"status":{"conditions":[
             {"type":"Failed","status":"True","reason":"BackoffLimitExceeded","message":"Job has reached the specified backoff limit"}]}}
            """);
        var pod = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"migrate-x2x9z"},"status":{"phase":"Failed","containerStatuses":[
             {"name":"main","state":{"terminated":{"exitCode":2,"reason":"Error"}}}]}}
            """);

        var cause = FailureClassifier.Classify(job, [pod], [], ["relation \"orders\" does not exist"]);

        Assert.Equal(CauseCodes.BackoffLimitExceeded, cause.Code);
        Assert.Contains("container \"main\" of Pod/migrate-x2x9z exited with code 2 (Error)", cause.Message, StringComparison.Ordinal);
        Assert.Contains("relation \"orders\" does not exist", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_FallsBackToConditionsAndTheLastWarning()
    {
        var obj = KubeObject.Parse("""
            {"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"status":{"conditions":[
             {"type":"Ready","status":"False","reason":"Waiting","message":"backend not reachable"}]}}
            """);
        var warning = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Event","metadata":{"name":"w.1"},"type":"Warning","reason":"SyncError",
             "message":"dial tcp 10.0.0.9:443: i/o timeout","involvedObject":{"kind":"Widget","name":"w"},"lastTimestamp":"2026-12-03T10:00:00Z"}
            """);

        var cause = FailureClassifier.Classify(obj, [], [warning], []);

        Assert.Equal(CauseCodes.Unknown, cause.Code);
        Assert.Equal("Widget/w: Ready=False Waiting: backend not reachable; last warning on Widget/w: SyncError: dial tcp 10.0.0.9:443: i/o timeout", cause.Message);
        var shown = Assert.Single(cause.Events);
        Assert.Equal((new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), "Warning", "SyncError"), (shown.Time!.Value, shown.Type, shown.Reason));
    }

    [Theory]
    [InlineData("0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu}.", "toleration")]
    [InlineData("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.", "nodeSelector or affinity")]
    public void SchedulingHint_FollowsTheSchedulersReason(string message, string hint) =>
        Assert.Contains(hint, FailureClassifier.SchedulingHint(message), StringComparison.Ordinal);
}
