using HookSync.Core.Diagnosis;
using HookSync.Core.Reporting;

namespace HookSync.Core.Execution;

/// <summary>
/// Fail fast (D-16): on each resync, reads the pods of running tasks and remembers, on the injected clock, since when each
/// task has had a pod in a state that cannot resolve by itself; <see cref="StuckRules"/> decides when that is too long.
/// Apart from the watches: it lists pods on demand, through <see cref="CauseCollector"/>.
/// </summary>
internal sealed class StuckDetector(RunContext context)
{
    private readonly CauseCollector _collector = new(context.Cluster);
    private readonly Dictionary<TaskRecord, DateTimeOffset> _stuckSince = [];

    /// <summary>The tasks to fail now, each with its change (state Failed, the message, the cause).</summary>
    public async Task<IReadOnlyList<(TaskRecord Record, TaskChange Change)>> CheckAsync(CancellationToken cancellationToken)
    {
        var changes = new List<(TaskRecord, TaskChange)>();
        foreach (var record in context.Records.Where(r => r.State == OperationPhase.Running && !r.Deleted && r.Live is not null))
        {
            var bound = StuckRules.BoundFor(record.Task.Object, context.Options.StuckAfter);
            var live = record.Live!;
            if (bound <= TimeSpan.Zero || (CauseCollector.SelectorOf(live) is null && !(live.Group.Length == 0 && live.Kind == "Pod")))
            {
                continue;
            }
            IReadOnlyList<Model.KubeObject> pods;
            try
            {
                pods = await _collector.PodsOfAsync(live, cancellationToken).ConfigureAwait(false);
            }
            catch (Ports.ClusterException ex) when (!ex.IsEnvironmentFailure)
            {
                continue;
            }
            if (!pods.Any(p => StuckRules.UnresolvableState(p) is not null))
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
        return changes;
    }
}
