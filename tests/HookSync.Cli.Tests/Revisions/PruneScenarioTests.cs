using HookSync.Simulator.Faults;
using static HookSync.Cli.Tests.Revisions.RevisionsFixture;

namespace HookSync.Cli.Tests.Revisions;

/// <summary>
/// Prune with the inventory (docs/sync-semantics.md#prune): revision 1 then revision 2 of an app into one simulator, through
/// the whole CLI over real HTTP.
/// </summary>
public sealed class PruneScenarioTests
{
    [Fact]
    public async Task SecondSync_WithoutPrune_RemovedObjectStaysAndIsReportedAsWouldBePruned()
    {
        await using var cluster = await StartAsync();
        var first = await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("old")]);
        Assert.True(first.Result.ExitCode == 0, first.ToString());
        Assert.Equal(["ConfigMap/keep", "ConfigMap/old"], cluster.InventoryNames());

        var second = await cluster.SyncAsync([ConfigMap("keep")]);

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.Equal(("skipped", "PruneSkipped", "Succeeded"), second.Outcome("old"));
        Assert.Contains("would be pruned with --prune", (string?)second.Task("old")["message"]);
        Assert.Contains("would prune ConfigMap/old (default), from rev1/app.yaml:", second.Result.Out);
        Assert.Empty(second.Deletes);
        Assert.Equal(["ConfigMap/keep", "ConfigMap/old"], cluster.LiveConfigMaps());
        // Still this app's: a later run with --prune must find it.
        Assert.Equal(["ConfigMap/keep", "ConfigMap/old"], cluster.InventoryNames());
    }

    [Fact]
    public async Task SecondSync_WithPrune_DeletesTheRemovedObjectAndTheInventoryListsWhatExists()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("old")]);

        var second = await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("new")], "--prune");

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.Equal(("pruned", "Pruned", "Succeeded"), second.Outcome("old"));
        Assert.Equal(["old"], second.Deletes);
        Assert.Contains("will prune ConfigMap/old (default)", second.Result.Out);
        Assert.Equal(["ConfigMap/keep", "ConfigMap/new"], cluster.LiveConfigMaps());
        Assert.Equal(cluster.LiveConfigMaps(), cluster.InventoryNames());
    }

    [Fact]
    public async Task Prune_WavesAreMirroredAndPruneLastGoesAfterTheLastSyncWave()
    {
        // gitops-engine: prune waves swap lowest↔highest (created first, deleted last); PruneLast=true runs one wave after
        // the last Sync wave, counting the prune tasks' own waves.
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([
            ConfigMap("keep"),
            ConfigMap("early", "argocd.argoproj.io/sync-wave: \"-1\""),
            ConfigMap("middle"),
            ConfigMap("late", "argocd.argoproj.io/sync-wave: \"1\""),
            ConfigMap("last", "argocd.argoproj.io/sync-options: PruneLast=true"),
        ]);

        var second = await cluster.SyncAsync([ConfigMap("keep")], "--prune");

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.Equal(["late", "middle", "early", "last"], second.Deletes);
        Assert.Equal((-1L, 0L, 1L, 2L), ((long)second.Task("late")["wave"]!, (long)second.Task("middle")["wave"]!,
            (long)second.Task("early")["wave"]!, (long)second.Task("last")["wave"]!));
    }

    [Fact]
    public async Task Prune_RunLevelPruneLast_EveryPruneRunsAfterTheApplies()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("old")]);

        var second = await cluster.SyncAsync([ConfigMap("keep", "argocd.argoproj.io/sync-wave: \"3\"")], "--prune", "--sync-option", "PruneLast=true");

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.Equal(4L, (long)second.Task("old")["wave"]!);
        Assert.Equal(["PATCH keep", "DELETE old"], second.Writes.Where(w => !w.EndsWith("configmaps", StringComparison.Ordinal) && !w.Contains("hooksync-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Prune_LiveObjectSaysPruneFalse_KeptAndReported()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("precious", "argocd.argoproj.io/sync-options: Prune=false")]);

        var second = await cluster.SyncAsync([ConfigMap("keep")], "--prune");

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.Equal(("skipped", "PruneSkipped", "Succeeded"), second.Outcome("precious"));
        Assert.Contains("ignored (no prune)", (string?)second.Task("precious")["message"]);
        Assert.Empty(second.Deletes);
        Assert.Equal(["ConfigMap/keep", "ConfigMap/precious"], cluster.InventoryNames());
    }

    [Fact]
    public async Task Prune_ObjectNowCarriesAnotherAppsTrackingId_NeverDeletedAndLeavesTheInventory()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("adopted")]);
        // Another app took the object over (its tracking id replaced ours).
        Assert.True(cluster.Simulator.Script.SetAnnotation("ConfigMap", "default", "adopted", "hooksync.dev/tracking-id", "billing:/ConfigMap:default/adopted"));

        var second = await cluster.SyncAsync([ConfigMap("keep")], "--prune");

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.Equal(("skipped", "PruneSkipped", "Succeeded"), second.Outcome("adopted"));
        Assert.Contains("billing:/ConfigMap:default/adopted", (string?)second.Task("adopted")["message"]);
        Assert.Empty(second.Deletes);
        Assert.Equal(["ConfigMap/adopted", "ConfigMap/keep"], cluster.LiveConfigMaps());
        Assert.Equal(["ConfigMap/keep"], cluster.InventoryNames());
    }

    [Fact]
    public async Task Prune_ObjectDeletedByHandMeanwhile_DroppedFromTheInventoryWithoutATask()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("gone")]);
        Assert.True(cluster.Simulator.Script.DeleteFromOutside("ConfigMap", "default", "gone"));

        var second = await cluster.SyncAsync([ConfigMap("keep")], "--prune");

        Assert.True(second.Result.ExitCode == 0, second.ToString());
        Assert.DoesNotContain(second.Report!["tasks"]!.AsArray(), t => (string?)t!["name"] == "gone");
        Assert.Equal(["ConfigMap/keep"], cluster.InventoryNames());
    }

    [Fact]
    public async Task Prune_DeleteRefused_SyncPhaseFailsExitElevenAndSyncFailRuns()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("stuck")]);
        cluster.Simulator.Script.Inject(new FaultRule(FaultKind.Conflict) { Verb = "delete", PathContains = "/configmaps/stuck" });

        var second = await cluster.SyncAsync([ConfigMap("keep"), SyncFailHook("notify")], "--prune");

        Assert.True(second.Result.ExitCode == 11, second.ToString());
        Assert.Equal(("failed", "SyncFailed", "Failed"), second.Outcome("stuck"));
        Assert.Equal(("created", "Synced", "Succeeded"), second.Outcome("notify"));
        Assert.Equal("Sync", (string?)second.Report!["failedPhase"]);
        // It still exists, so it stays in the inventory for the next run.
        Assert.Contains("ConfigMap/stuck", cluster.InventoryNames());
    }

    [Fact]
    public async Task Prune_ConfirmWithoutPruneConfirm_ExitsTwoAndAppliesNothing()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("careful", "argocd.argoproj.io/sync-options: Prune=confirm")]);

        var refused = await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("added")], "--prune");
        var confirmed = await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("added")], "--prune", "--prune-confirm");

        Assert.True(refused.Result.ExitCode == 2, refused.ToString());
        Assert.Contains("--prune-confirm", refused.Result.Out + refused.Result.Error);
        Assert.Empty(refused.Writes);
        Assert.True(confirmed.Result.ExitCode == 0, confirmed.ToString());
        Assert.Equal(["careful"], confirmed.Deletes);
        Assert.Equal(["ConfigMap/added", "ConfigMap/keep"], cluster.LiveConfigMaps());
    }

    [Fact]
    public async Task DryRunWithPrune_ReportsPrunedDryRunDeletesNothingAndKeepsTheInventory()
    {
        await using var cluster = await StartAsync();
        await cluster.SyncAsync([ConfigMap("keep"), ConfigMap("old")]);

        var dry = await cluster.SyncAsync([ConfigMap("keep")], "--prune", "--dry-run");

        Assert.True(dry.Result.ExitCode == 0, dry.ToString());
        Assert.Equal(("pruned", "Pruned", "Succeeded"), dry.Outcome("old"));
        Assert.Equal("pruned (dry run)", (string?)dry.Task("old")["message"]);
        Assert.Empty(dry.Writes);
        Assert.Equal(["ConfigMap/keep", "ConfigMap/old"], cluster.InventoryNames());
    }

    [Fact]
    public async Task NoInventory_NothingIsWrittenAndPruneIsAUsageError()
    {
        await using var cluster = await StartAsync();

        var run = await cluster.SyncAsync([ConfigMap("keep")], "--no-inventory");
        var prune = await cluster.SyncAsync([ConfigMap("keep")], "--no-inventory", "--prune");

        Assert.True(run.Result.ExitCode == 0, run.ToString());
        Assert.Empty(cluster.InventoryNames());
        Assert.Equal(2, prune.Result.ExitCode);
        Assert.Contains("--prune needs the inventory", prune.Result.Error);
    }
}
