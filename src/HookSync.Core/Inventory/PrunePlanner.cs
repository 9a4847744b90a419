using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Planning;

namespace HookSync.Core.Inventory;

/// <summary>
/// Turns inventory entries the manifests no longer have into prune tasks, with gitops-engine's ordering: Sync phase, the
/// live object's wave, waves mirrored so what was created first is deleted last, <c>PruneLast=true</c> after the last Sync
/// wave; deletes run first within their wave (docs/sync-semantics.md#prune).
/// </summary>
public static class PrunePlanner
{
    /// <summary>The inventory entries that are not in the plan: the candidates to look up.</summary>
    public static IReadOnlyList<InventoryEntry> Leftovers(SyncPlan plan, AppInventory? previous)
    {
        if (previous is null)
        {
            return [];
        }
        var current = plan.Tasks.Select(t => t.Key).ToHashSet();
        return previous.Entries.Where(e => !current.Contains(e.Key)).ToList();
    }

    /// <summary>What to do with one leftover; null when it is gone already (nothing to prune, dropped from the inventory).</summary>
    public static PruneCandidate? Classify(InventoryEntry entry, KubeObject? live, PruneSettings settings)
    {
        if (live is null)
        {
            return null;
        }
        var source = ParseSource(entry.Source);
        var options = SyncOptionParser.ParseAnnotation(live, source, new List<Diagnostic>());
        var expected = TrackingId.For(settings.App, live);
        var actual = live.Annotations.GetValueOrDefault(AnnotationKeys.TrackingId);
        if (actual != expected)
        {
            var owner = actual is null ? "it has no tracking id" : $"its tracking id is '{DisplayText.Visible(actual)}'";
            return new PruneCandidate(live, source, PruneVerdict.NotOwned,
                $"not pruned: {owner}, not '{expected}', so it is not this app's any more; delete it by hand if it should go") { Options = options };
        }
        if (!settings.Prune)
        {
            return new PruneCandidate(live, source, PruneVerdict.RequiresPruning, "ignored (requires pruning): would be pruned with --prune") { Options = options };
        }
        if (options.PruneDisabled)
        {
            return new PruneCandidate(live, source, PruneVerdict.PruneDisabled, "ignored (no prune): the live object says Prune=false") { Options = options };
        }
        return new PruneCandidate(live, source, PruneVerdict.Prune, null) { Options = options };
    }

    /// <summary>Objects to delete that need <c>--prune-confirm</c> and do not have it; the run must not start (nothing applied).</summary>
    public static IReadOnlyList<PruneCandidate> Unconfirmed(IEnumerable<PruneCandidate> candidates, PruneSettings settings) =>
        settings.Confirmed
            ? []
            : candidates.Where(c => c.WillDelete && c.Options.PruneNeedsConfirmation).ToList();

    /// <summary>The plan with one Sync-phase prune task per candidate, in gitops-engine's order.</summary>
    public static SyncPlan Extend(SyncPlan plan, IReadOnlyList<PruneCandidate> candidates, PruneSettings settings)
    {
        if (candidates.Count == 0)
        {
            return plan;
        }
        var tasks = candidates.Select(c => ToTask(c)).ToList();
        tasks = MirrorWaves(tasks);
        // PruneLast: one wave after the last Sync wave, counting the prune tasks' own (mirrored) waves.
        var lastWave = Math.Max(0, plan.Tasks.Concat(tasks).Where(t => t.Phase == SyncPhase.Sync).Select(t => t.Wave).DefaultIfEmpty(0).Max()) + 1;
        tasks = tasks.Select(t => settings.PruneLast || t.Options.PruneLast ? t with { Wave = lastWave } : t).ToList();
        return plan with { Tasks = TaskOrder.Merge(plan.Tasks, tasks) };
    }

    private static SyncTask ToTask(PruneCandidate candidate)
    {
        var live = candidate.Live;
        var wave = live.Annotations.TryGetValue(AnnotationKeys.SyncWave, out var text) && WaveParser.TryParse(text, out var parsed) ? parsed : 0;
        var spec = new HookSpec(ObjectRole.Resource, [SyncPhase.Sync], [], wave, null);
        return new SyncTask(SyncPhase.Sync, wave, Identity(live), candidate.Source, spec, SkipDryRun: true)
        {
            Operation = TaskOperation.Prune,
            Options = candidate.Options,
            PruneSkipReason = candidate.Reason,
        };
    }

    // gitops-engine swaps the lowest prune wave with the highest, the second lowest with the second highest, and so on.
    private static List<SyncTask> MirrorWaves(List<SyncTask> tasks)
    {
        var waves = tasks.Select(t => t.Wave).Distinct().Order().ToList();
        var mirrored = new Dictionary<long, long>();
        for (var i = 0; i < waves.Count; i++)
        {
            mirrored[waves[i]] = waves[waves.Count - 1 - i];
        }
        return tasks.Select(t => t with { Wave = mirrored[t.Wave] }).ToList();
    }

    // What a prune task needs of the live object: its identity and annotations, not its spec, status or managed fields.
    private static KubeObject Identity(KubeObject live) => live.With(json =>
    {
        foreach (var key in json.Select(p => p.Key).Where(k => k is not ("apiVersion" or "kind" or "metadata")).ToList())
        {
            json.Remove(key);
        }
        if (json["metadata"] is System.Text.Json.Nodes.JsonObject metadata)
        {
            metadata.Remove("managedFields");
        }
    });

    private static SourceLocation ParseSource(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text.AsSpan(colon + 1), out var line)
            ? new SourceLocation(text[..colon], line)
            : new SourceLocation(text.Length > 0 ? text : "(inventory)", 0);
    }
}
