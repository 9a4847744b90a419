using HookSync.Core.Diff;
using HookSync.Core.Model;
using HookSync.Core.Planning;

namespace HookSync.Core.Tests.Diff;

public sealed class ObjectDifferTests
{
    private static readonly SourceLocation Source = new("deploy/app.yaml", 1);

    [Fact]
    public void Compare_ServerFieldsOnlyDiffer_Unchanged()
    {
        var desired = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"default","resourceVersion":"9","uid":"u2",
             "generation":2,"creationTimestamp":"2025-01-02T00:00:00Z","managedFields":[{"manager":"hooksync"}],
             "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}"}},"data":{"k":"v"},"status":{"x":1}}
            """);
        var live = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"default","resourceVersion":"7","uid":"u1",
             "selfLink":"/api/v1/x","creationTimestamp":"2024-01-01T00:00:00Z"},"data":{"k":"v"}}
            """);

        var diff = ObjectDiffer.Compare(desired, live, desired, Source);

        Assert.Equal(DiffAction.Unchanged, diff.Action);
        Assert.Empty(diff.Hunks);
    }

    [Fact]
    public void Compare_ChangedField_UpdateWithUnifiedDiff()
    {
        var live = ConfigMap("old");
        var desired = ConfigMap("new");

        var diff = ObjectDiffer.Compare(desired, live, desired, Source);

        Assert.Equal(DiffAction.Update, diff.Action);
        Assert.Equal(
            ["--- live/v1.ConfigMap.default.c", "+++ desired/v1.ConfigMap.default.c", "@@ -1,6 +1,6 @@",
             " apiVersion: v1", " data:", "-  k: old", "+  k: new", " kind: ConfigMap", " metadata:", "   name: c"],
            diff.UnifiedLines().Take(10));
    }

    [Fact]
    public void Compare_NoLiveObject_Create()
    {
        var desired = ConfigMap("v");

        var diff = ObjectDiffer.Compare(desired, null, desired, Source);

        Assert.Equal(DiffAction.Create, diff.Action);
        Assert.Equal("--- /dev/null", diff.UnifiedLines()[0]);
        Assert.All(diff.Hunks.Single().Lines, l => Assert.Equal(DiffLineKind.Added, l.Kind));
    }

    [Fact]
    public void Compare_PruneCandidate_EveryLiveLineRemoved()
    {
        var candidate = PruneCandidate.Of(ConfigMap("v"));

        var diff = ObjectDiffer.Compare(null, candidate.Live, candidate.Live, null, "will be pruned");

        Assert.Equal(DiffAction.Prune, diff.Action);
        Assert.Equal("+++ /dev/null", diff.UnifiedLines()[1]);
        Assert.All(diff.Hunks.Single().Lines, l => Assert.Equal(DiffLineKind.Removed, l.Kind));
    }

    [Fact]
    public void Compare_SecretValueChanged_KeyNamedValuesMasked()
    {
        var live = Secret("""{"password":"b2xkLXBhc3N3b3JkLTEyMw==","user":"YWRtaW4="}""");
        var desired = Secret("""{"password":"bmV3LXBhc3N3b3JkLTQ1Ng==","user":"YWRtaW4="}""");

        var diff = ObjectDiffer.Compare(desired, live, desired, Source);
        var text = string.Join("\n", diff.UnifiedLines());

        Assert.Equal(DiffAction.Update, diff.Action);
        Assert.Contains("-  password: +++++++++", text, StringComparison.Ordinal);
        Assert.Contains("+  password: ++++++++", text, StringComparison.Ordinal);
        Assert.Contains("   user: ++++++++", text, StringComparison.Ordinal);
        Assert.DoesNotContain("b2xk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bmV3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("YWRtaW4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SecretStringDataEqualToLiveData_Unchanged()
    {
        var live = Secret("""{"password":"c2VjcmV0LXZhbHVl"}""");
        var desired = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"default"},"type":"Opaque","stringData":{"password":"secret-value"}}
            """);

        var diff = ObjectDiffer.Compare(desired, live, desired, Source);

        Assert.Equal(DiffAction.Unchanged, diff.Action);
    }

    [Fact]
    public void Compare_SecretCreated_NoValueShown()
    {
        var desired = KubeObject.Parse("""
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"default"},"stringData":{"token":"tok-123456789"}}
            """);

        var text = string.Join("\n", ObjectDiffer.Compare(desired, null, desired, Source).UnifiedLines());

        Assert.Contains("+  token: ++++++++", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stringData", text, StringComparison.Ordinal);
    }

    private static KubeObject ConfigMap(string value) =>
        KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"default"},"data":{"k":"{{{value}}}"}}""");

    private static KubeObject Secret(string data) =>
        KubeObject.Parse($$$"""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"default"},"type":"Opaque","data":{{{data}}}}""");
}
