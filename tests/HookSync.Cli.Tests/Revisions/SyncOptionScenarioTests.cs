using System.Net.Http.Headers;
using static HookSync.Cli.Tests.Revisions.RevisionsFixture;

namespace HookSync.Cli.Tests.Revisions;

/// <summary>
/// Argo CD sync options (docs/sync-semantics.md#sync-options), each against the simulator through the whole CLI; every test
/// fails without its option's effect.
/// </summary>
public sealed class SyncOptionScenarioTests
{
    private const string Widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: gadget\n{0}spec:\n  size: 3\n";

    private static string WidgetWith(string annotations) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Widget, annotations);

    [Fact]
    public async Task SkipDryRunOnMissingResource_OthersAppliedThatResourceFailsInSyncAndSyncFailRuns()
    {
        // Argo CD: the dry-run skips the custom resource whose CRD an operator installs; its apply fails in the Sync phase,
        // the rest is applied and the SyncFail hooks run.
        await using var cluster = await StartAsync();

        var run = await cluster.SyncAsync([
            ConfigMap("settings"),
            WidgetWith("  annotations:\n    argocd.argoproj.io/sync-options: SkipDryRunOnMissingResource=true\n"),
            SyncFailHook("notify"),
        ]);

        Assert.True(run.Result.ExitCode == 11, run.ToString());
        Assert.Equal(("failed", "SyncFailed", "Failed"), run.Outcome("gadget"));
        Assert.Contains("Widget", (string?)run.Task("gadget")["message"]);
        Assert.Equal(("created", "Synced", "Succeeded"), run.Outcome("settings"));
        Assert.Equal(("created", "Synced", "Succeeded"), run.Outcome("notify"));
        Assert.Equal("Sync", (string?)run.Report!["failedPhase"]);
    }

    [Fact]
    public async Task WithoutSkipDryRunOnMissingResource_TheUnservedKindStopsEverything()
    {
        await using var cluster = await StartAsync();

        var run = await cluster.SyncAsync([ConfigMap("settings"), WidgetWith(string.Empty), SyncFailHook("notify")]);

        Assert.True(run.Result.ExitCode == 3, run.ToString());
        Assert.Empty(run.Writes);
    }

    [Fact]
    public async Task Replace_CreatesThenReplacesWithPutInsteadOfApplying()
    {
        await using var cluster = await StartAsync();
        var replace = ConfigMap("big", "argocd.argoproj.io/sync-options: Replace=true");

        var first = await cluster.SyncAsync([replace]);
        var second = await cluster.SyncAsync([replace.Replace("value", "changed", StringComparison.Ordinal)]);

        Assert.True(first.Result.ExitCode == 0 && second.Result.ExitCode == 0, first.ToString() + second);
        Assert.Contains("POST configmaps", first.Writes);
        Assert.DoesNotContain("PATCH big", first.Writes);
        Assert.Contains("PUT big", second.Writes);
        Assert.DoesNotContain("PATCH big", second.Writes);
        Assert.Equal("changed", cluster.Simulator.Script.Get("ConfigMap", "default", "big")!["data"]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplaceWithForce_DeletesAndCreatesTheObjectAnew()
    {
        await using var cluster = await StartAsync();
        var recreate = ConfigMap("fresh", "argocd.argoproj.io/sync-options: Replace=true,Force=true");
        await cluster.SyncAsync([recreate]);
        var uid = Uid(cluster, "fresh");

        var second = await cluster.SyncAsync([recreate]);

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.Equal(["DELETE fresh", "POST configmaps"], second.Writes.Where(w => !w.Contains("hooksync-", StringComparison.Ordinal)).Take(2));
        Assert.NotEqual(uid, Uid(cluster, "fresh"));
    }

    [Fact]
    public async Task Force_TakesOverAConflictingFieldEvenWithForceConflictsOff()
    {
        await using var cluster = await StartAsync();
        await ApplyAsOtherManagerAsync(cluster, "owned", "theirs");
        var plain = ConfigMap("owned");
        var forced = ConfigMap("owned", "argocd.argoproj.io/sync-options: Force=true");

        var refused = await cluster.SyncAsync([plain], "--force-conflicts", "false");
        var taken = await cluster.SyncAsync([forced], "--force-conflicts", "false");

        Assert.True(refused.Result.ExitCode == 3, refused.ToString());
        Assert.Contains("conflict", refused.Result.Out + refused.Result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.True(taken.Result.ExitCode == 0, taken.ToString());
        Assert.Equal("value", cluster.Simulator.Script.Get("ConfigMap", "default", "owned")!["data"]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task ValidateFalse_UnknownFieldIsDroppedInsteadOfRefused()
    {
        await using var cluster = await StartAsync();
        const string Typo = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: typo\n{0}datta:\n  key: value\n";

        var strict = await cluster.SyncAsync([string.Format(System.Globalization.CultureInfo.InvariantCulture, Typo, string.Empty)]);
        var lenient = await cluster.SyncAsync([string.Format(System.Globalization.CultureInfo.InvariantCulture, Typo,
            "  annotations:\n    argocd.argoproj.io/sync-options: Validate=false\n")]);

        Assert.True(strict.Result.ExitCode == 3, strict.ToString());
        Assert.Contains(".datta: field not declared in schema", strict.Result.Out);
        Assert.True(lenient.Result.ExitCode == 0, lenient.ToString());
        Assert.Null(cluster.Simulator.Script.Get("ConfigMap", "default", "typo")!["datta"]);
    }

    [Fact]
    public async Task CreateNamespace_CreatesTheMissingDestinationNamespaceFirstAndNeverTracksIt()
    {
        await using var cluster = await StartAsync();

        var without = await cluster.SyncAsync([ConfigMap("settings")], "--namespace", "shop-prod");
        var with = await cluster.SyncAsync([ConfigMap("settings")], "--namespace", "shop-prod", "--sync-option", "CreateNamespace=true");

        Assert.True(without.Result.ExitCode == 3, without.ToString());
        Assert.True(with.Result.ExitCode == 0, with.ToString());
        Assert.Equal("PreSync", (string?)with.Task("shop-prod")["phase"]);
        Assert.NotNull(cluster.Simulator.Script.Get("ConfigMap", "shop-prod", "settings"));
        var ns = cluster.Simulator.Script.Get("Namespace", string.Empty, "shop-prod")!;
        Assert.Null(ns["metadata"]!["annotations"]?["hooksync.dev/tracking-id"]);
        var inventory = cluster.Simulator.Script.Get("ConfigMap", "shop-prod", "hooksync-" + App)!["data"]!["inventory.json"]!.GetValue<string>();
        Assert.DoesNotContain("Namespace", inventory);
    }

    [Fact]
    public async Task ApplyOutOfSyncOnly_OnlyTheChangedObjectIsApplied()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("same"), ConfigMap("edited")]);

        var all = await cluster.SyncAsync([ConfigMap("same"), ConfigMap("edited")]);
        var changed = await cluster.SyncAsync([ConfigMap("same"), ConfigMap("edited").Replace("value", "new", StringComparison.Ordinal)],
            "--sync-option", "ApplyOutOfSyncOnly=true");

        Assert.Contains("PATCH same", all.Writes);
        Assert.True(changed.Result.ExitCode == 0, changed.ToString());
        Assert.DoesNotContain("PATCH same", changed.Writes);
        Assert.Contains("PATCH edited", changed.Writes);
        Assert.Equal(("unchanged", "Synced", "Succeeded"), changed.Outcome("same"));
    }

    [Fact]
    public async Task FailOnSharedResource_AnotherAppsObjectStopsTheSyncBeforeAnythingIsApplied()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("shared")]);
        cluster.Simulator.Script.SetAnnotation("ConfigMap", "default", "shared", "hooksync.dev/tracking-id", "billing:/ConfigMap:default/shared");

        var refused = await cluster.SyncAsync([ConfigMap("shared"), ConfigMap("mine")], "--sync-option", "FailOnSharedResource=true");
        var takenOver = await cluster.SyncAsync([ConfigMap("shared"), ConfigMap("mine")]);

        Assert.True(refused.Result.ExitCode == 3, refused.ToString());
        Assert.Contains("Shared resource found", refused.Result.Out);
        Assert.Empty(refused.Writes);
        Assert.True(takenOver.Result.ExitCode == 0, takenOver.ToString());
    }

    [Fact]
    public async Task UnknownOption_WarnsAtTheFileAndLineAndStrictRefuses()
    {
        await using var cluster = await StartAsync();
        var typo = ConfigMap("typo", "argocd.argoproj.io/sync-options: Replace=ture,prunelast=true");

        var lenient = await cluster.SyncAsync([typo]);
        var strict = await cluster.SyncAsync([typo], "--strict");

        Assert.True(lenient.Result.ExitCode == 0, lenient.ToString());
        Assert.Contains("HS4006", lenient.Result.Out + lenient.Result.Error);
        Assert.Contains("Replace takes true or false, not 'ture'", lenient.Result.Out + lenient.Result.Error);
        Assert.Contains("did you mean PruneLast?", lenient.Result.Out + lenient.Result.Error);
        Assert.Contains("app.yaml:1", lenient.Result.Out + lenient.Result.Error);
        Assert.True(strict.Result.ExitCode == 3, strict.ToString());
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("PrunePropagationPolicy=orphan", 1)]
    public async Task PrunePropagationPolicy_DecidesWhetherAPrunedDeploymentsReplicaSetsGo(string? option, int replicaSetsLeft)
    {
        // Argo CD prunes with foreground propagation: the sync waits until the dependents are gone; orphan leaves them.
        await using var cluster = await StartAsync();
        const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n"
            + "    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n"
            + "      containers:\n      - name: web\n        image: nginx\n";
        await cluster.SyncAsync([ConfigMap("keep"), Deployment]);
        Assert.NotEmpty(cluster.Simulator.Script.List("ReplicaSet"));

        var pruned = await cluster.SyncAsync([ConfigMap("keep")], option is null ? ["--prune"] : ["--prune", "--sync-option", option]);

        Assert.True(pruned.Result.ExitCode == 0, pruned.ToString());
        Assert.Equal(("pruned", "Pruned", "Succeeded"), pruned.Outcome("web"));
        Assert.Null(cluster.Simulator.Script.Get("Deployment", "default", "web"));
        Assert.Equal(replicaSetsLeft, cluster.Simulator.Script.List("ReplicaSet").Count);
    }

    private static string Uid(RevisionsFixture cluster, string name) =>
        cluster.Simulator.Script.Get("ConfigMap", "default", name)!["metadata"]!["uid"]!.GetValue<string>();

    // Another field manager (kubectl, an operator) owns data.key with its own value.
    private static async Task ApplyAsOtherManagerAsync(RevisionsFixture cluster, string name, string value)
    {
        using var http = new HttpClient { BaseAddress = cluster.Simulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", new Simulator.SimulatorOptions().Token);
        using var content = new StringContent(
            $"{{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{{\"name\":\"{name}\"}},\"data\":{{\"key\":\"{value}\"}}}}");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/apply-patch+yaml");
        using var response = await http.PatchAsync($"api/v1/namespaces/default/configmaps/{name}?fieldManager=other", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
