using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Inventory;
using HookSync.Core.Model;
using HookSync.Core.Planning;
using HookSync.Testing;

namespace HookSync.Core.Tests.Inventory;

/// <summary>Prune tasks in gitops-engine's order (docs/sync-semantics.md#prune), and who may be pruned.</summary>
public sealed class PrunePlannerTests
{
    private const string App = "shop";
    private static readonly PruneSettings Prune = new(App, Prune: true, Confirmed: false, PruneLast: false);

    private static KubeObject Live(string name, params (string Key, string Value)[] annotations)
    {
        var builder = ManifestBuilder.ConfigMap(name).InNamespace("default");
        foreach (var (key, value) in annotations)
        {
            builder = builder.Annotate(key, value);
        }
        var obj = builder.Object();
        return TrackingId.Annotate(App, obj);
    }

    private static SyncPlan PlanOf(params ManifestBuilder[] manifests) =>
        SyncPlanner.Plan(manifests.Select(m => m.InNamespace("default").Build()).ToList(),
            new PlanContext("rev", DateTimeOffset.UnixEpoch, "default", BuiltInScopes.Instance));

    private static PruneCandidate Candidate(KubeObject live, PruneSettings? settings = null) =>
        PrunePlanner.Classify(InventoryEntry.Of(live, new SourceLocation("app.yaml", 3)), live, settings ?? Prune)!;

    [Fact]
    public void Extend_MirrorsPruneWavesAndPutsPruneLastAfterTheLastSyncWave()
    {
        var plan = PlanOf(ManifestBuilder.ConfigMap("keep").Wave(5));
        var candidates = new[]
        {
            Candidate(Live("a", (AnnotationKeys.SyncWave, "-2"))),
            Candidate(Live("b")),
            Candidate(Live("c", (AnnotationKeys.SyncWave, "7"))),
            Candidate(Live("d", (AnnotationKeys.SyncOptions, "PruneLast=true"))),
        };

        var extended = PrunePlanner.Extend(plan, candidates, Prune);

        // -2↔7, 0↔0; the last Sync wave is keep's 5 (or a prune's 7 after the swap: 7), so PruneLast goes to 8.
        var waves = extended.Tasks.Where(t => t.IsPrune).ToDictionary(t => t.Object.Name, t => t.Wave);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 7, ["b"] = 0, ["c"] = -2, ["d"] = 8 }, waves);
        Assert.Equal(["c", "b", "keep", "a", "d"], extended.Tasks.Select(t => t.Object.Name));
        Assert.All(extended.Tasks.Where(t => t.IsPrune), t => Assert.Equal((SyncPhase.Sync, true), (t.Phase, t.SkipDryRun)));
    }

    [Fact]
    public void Extend_PrunedObjectKeepsOnlyItsIdentity()
    {
        var live = Live("big").With(json => json["data"] = new System.Text.Json.Nodes.JsonObject { ["x"] = new string('x', 1000) });

        var task = Assert.Single(PrunePlanner.Extend(PlanOf(), [Candidate(live)], Prune).Tasks);

        Assert.Null(task.Object.Select("data"));
        Assert.Equal(("big", "default", "app.yaml:3"), (task.Object.Name, task.Object.Namespace, task.Source.ToString()));
    }

    [Theory]
    [InlineData(false, null, PruneVerdict.RequiresPruning)]
    [InlineData(true, "Prune=false", PruneVerdict.PruneDisabled)]
    [InlineData(true, "Prune=confirm", PruneVerdict.Prune)]
    [InlineData(true, null, PruneVerdict.Prune)]
    public void Classify_FollowsTheRunAndTheLiveObjectsOptions(bool prune, string? options, PruneVerdict expected)
    {
        var live = options is null ? Live("x") : Live("x", (AnnotationKeys.SyncOptions, options));
        Assert.Equal(expected, Candidate(live, Prune with { Prune = prune }).Verdict);
    }

    [Fact]
    public void Classify_AnotherAppsOrNoTrackingId_IsNeverPruned()
    {
        var other = ManifestBuilder.ConfigMap("x").InNamespace("default").Object();
        var theirs = TrackingId.Annotate("billing", other);

        Assert.Equal(PruneVerdict.NotOwned, Candidate(theirs).Verdict);
        Assert.Equal(PruneVerdict.NotOwned, Candidate(other).Verdict);
        Assert.Contains("billing:", Candidate(theirs).Reason);
    }

    [Fact]
    public void Classify_Gone_IsNoCandidate() =>
        Assert.Null(PrunePlanner.Classify(new InventoryEntry("v1", "ConfigMap", "default", "x", "app.yaml:1"), null, Prune));

    [Fact]
    public void Unconfirmed_OnlyConfirmObjectsThatWillBeDeletedWithoutPruneConfirm()
    {
        var candidates = new[] { Candidate(Live("careful", (AnnotationKeys.SyncOptions, "Prune=confirm"))), Candidate(Live("plain")) };

        Assert.Equal(["careful"], PrunePlanner.Unconfirmed(candidates, Prune).Select(c => c.Live.Name));
        Assert.Empty(PrunePlanner.Unconfirmed(candidates, Prune with { Confirmed = true }));
    }

    [Fact]
    public void Leftovers_AreInventoryEntriesThePlanDoesNotHave_WhateverTheirVersion()
    {
        var plan = PlanOf(ManifestBuilder.ConfigMap("keep"), ManifestBuilder.Of("apps/v1", "Deployment", "web"));
        var inventory = new AppInventory(App, "old", DateTimeOffset.UnixEpoch, [
            new InventoryEntry("v1", "ConfigMap", "default", "keep", "a.yaml:1"),
            new InventoryEntry("apps/v1beta2", "Deployment", "default", "web", "a.yaml:5"),
            new InventoryEntry("v1", "ConfigMap", "default", "old", "a.yaml:9"),
        ]);

        Assert.Equal(["old"], PrunePlanner.Leftovers(plan, inventory).Select(e => e.Name));
    }
}
