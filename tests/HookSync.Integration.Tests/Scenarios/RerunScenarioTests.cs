using HookSync.Core.Reporting;
using HookSync.Testing;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>Scenarios S-22 and S-23 (docs/sync-semantics.md Scenario index, rule D6): two syncs against one simulator.</summary>
public sealed class RerunScenarioTests
{
    private static string Uid(ScenarioRunner runner, string kind, string name) =>
        runner.Script.Get(kind, "default", name)!["metadata"]!["uid"]!.GetValue<string>();

    [Fact]
    public async Task Sync_TwiceWithNamedHookUnderDefaultPolicy_HookRecreated()
    {
        // S-22 (TestHookBeforeHookCreation): the default BeforeHookCreation policy deletes and recreates the hook (new uid).
        await using var runner = await ScenarioRunner.StartAsync();
        ManifestBuilder[] manifests = [ManifestBuilder.Pod("hook").Hook("Sync"), AlwaysPod("pod")];

        var first = await runner.SyncAsync(manifests);
        var firstUid = Uid(runner, "Pod", "hook");
        var second = await runner.SyncAsync(manifests);

        Assert.Equal((SyncResult.Succeeded, SyncResult.Succeeded), (first.Report.Result, second.Report.Result));
        Assert.Equal((2, 2), (first.ResultCount, second.ResultCount));
        Assert.Equal([$"apply {Pods}hook", $"apply {Pods}pod"], first.Writes);
        Assert.Equal([$"delete {Pods}hook", $"apply {Pods}hook", $"apply {Pods}pod"], second.Writes);
        Assert.NotEqual(firstUid, Uid(runner, "Pod", "hook"));
        Assert.Equal((TaskAction.Created, TaskAction.Unchanged), (second.Task("hook").Action!.Value, second.Task("pod").Action!.Value));
    }

    [Fact]
    public async Task Sync_NamedJobHookLeftFromLastSync_CountsAsSucceededWithoutRunningAgain()
    {
        // S-23 (D6): a named Job hook with HookFailed only is re-applied onto the old, completed Job; its Complete condition counts.
        await using var runner = await ScenarioRunner.StartAsync();
        ManifestBuilder[] manifests = [HookJob("migrate", "PreSync", "HookFailed"), ManifestBuilder.ConfigMap("cfg")];
        var first = await runner.SyncAsync(manifests);
        var uid = Uid(runner, "Job", "migrate");
        var podsAfterFirst = runner.Script.List("Pod").Count;

        var run = await runner.SyncAsync(manifests);

        Assert.Equal((SyncResult.Succeeded, SyncResult.Succeeded), (first.Report.Result, run.Report.Result));
        Assert.Equal([$"apply {Jobs}migrate", $"apply {ConfigMaps}cfg"], run.Writes);
        // R4/P7: the old Job's Complete condition message replaces the apply message.
        Assert.Equal((TaskAction.Unchanged, OperationPhase.Succeeded, "Reached expected number of succeeded pods"),
            (run.Task("migrate").Action!.Value, run.Task("migrate").State!.Value, run.Task("migrate").Message));
        Assert.Equal(uid, Uid(runner, "Job", "migrate"));
        Assert.Equal(podsAfterFirst, runner.Script.List("Pod").Count);
    }
}
