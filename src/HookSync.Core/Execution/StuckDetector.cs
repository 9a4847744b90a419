using HookSync.Core.Diagnosis;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// Fail fast (D-16): on each resync, reads the pods of running tasks and remembers, on the injected clock, since when each
/// task has had a pod in a state that cannot resolve by itself; <see cref="StuckRules"/> decides when that is too long.
/// Apart from the watches: one list of pods per namespace per check, whatever the number of tasks, matched to each task
/// here (its own Pod by name, a Job's by its name label, a workload's by its selector); a diagnosis reads more only for a
/// task found stuck.
/// </summary>
internal sealed class StuckDetector(RunContext context)
{
    private static readonly GroupVersionKind PodKind = new(string.Empty, "v1", "Pod");

    private readonly CauseCollector _collector = new(context.Cluster);
    private readonly Dictionary<TaskRecord, DateTimeOffset> _stuckSince = [];

    /// <summary>The tasks to fail now, each with its change (state Failed, the message, the cause).</summary>
    public async Task<IReadOnlyList<(TaskRecord Record, TaskChange Change)>> CheckAsync(CancellationToken cancellationToken)
    {
        var watched = context.Records
            .Where(r => r.State == OperationPhase.Running && !r.Deleted && r.Live is not null)
            .Select(r => (Record: r, Bound: StuckRules.BoundFor(r.Task.Object, context.Options.StuckAfter)))
            .Where(w => w.Bound > TimeSpan.Zero && RunsPods(w.Record.Live!))
            .ToList();
        var changes = new List<(TaskRecord, TaskChange)>();
        foreach (var inNamespace in watched.GroupBy(w => w.Record.Live!.Namespace))
        {
            IReadOnlyList<KubeObject> pods;
            try
            {
                pods = (await context.Cluster.ListAsync(PodKind, inNamespace.Key, null, cancellationToken).ConfigureAwait(false)).Items;
            }
            catch (ClusterException ex) when (!ex.IsEnvironmentFailure)
            {
                continue;
            }
            foreach (var (record, bound) in inNamespace)
            {
                if (!PodsOf(record.Live!, pods).Any(p => StuckRules.UnresolvableState(p) is not null))
                {
                    _stuckSince.Remove(record);
                    continue;
                }
                var since = _stuckSince.TryGetValue(record, out var first) ? first : _stuckSince[record] = context.Now;
                if (StuckRules.IsStuck(since, context.Now, bound)
                    && await _collector.DiagnoseAsync(record, [], cancellationToken).ConfigureAwait(false) is { } cause)
                {
                    changes.Add((record, TaskRules.Stuck(cause, bound)));
                }
            }
        }
        return changes;
    }

    private static bool RunsPods(KubeObject live) => IsPod(live) || CauseCollector.SelectorOf(live) is not null;

    private static bool IsPod(KubeObject obj) => obj.Group.Length == 0 && obj.Kind == "Pod";

    // The pods of one task among its namespace's: the same matching CauseCollector asks the server for.
    private static IEnumerable<KubeObject> PodsOf(KubeObject owner, IReadOnlyList<KubeObject> pods)
    {
        if (IsPod(owner))
        {
            return pods.Where(p => p.Name == owner.Name);
        }
        var wanted = (CauseCollector.SelectorOf(owner) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(term => term.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToList();
        return wanted.Count == 0 ? [] : pods.Where(p => wanted.All(kv => p.Labels.TryGetValue(kv[0], out var value) && value == kv[1]));
    }
}
