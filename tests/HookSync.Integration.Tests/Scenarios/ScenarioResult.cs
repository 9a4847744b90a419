using HookSync.Core.Execution;
using HookSync.Core.Ports;
using HookSync.Core.Hooks;
using HookSync.Core.Planning;
using HookSync.Core.Reporting;
using HookSync.Simulator;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>What one sync produced: the report, the plan, the engine's events and the simulator's requests during the run.</summary>
internal sealed record ScenarioResult(SyncReport Report, SyncPlan Plan, IReadOnlyList<SyncEvent> Events, IReadOnlyList<RecordedRequest> Requests)
{
    private static readonly string[] WriteVerbs = ["apply", "create", "delete"];

    /// <summary>Real writes (apply, create, delete; no dry-run) as "verb path", in arrival order.</summary>
    public IReadOnlyList<string> Writes =>
        [.. Requests.Where(r => WriteVerbs.Contains(r.Verb) && !IsDryRun(r)).Select(r => $"{r.Verb} {r.Path}")];

    /// <summary>Dry-run requests as "verb path", in arrival order.</summary>
    public IReadOnlyList<string> DryRuns => [.. Requests.Where(IsDryRun).Select(r => $"{r.Verb} {r.Path}")];

    /// <summary>Every write, dry-runs marked with a " (dry run)" suffix.</summary>
    public IReadOnlyList<string> AllWrites =>
        [.. Requests.Where(r => WriteVerbs.Contains(r.Verb)).Select(r => $"{r.Verb} {r.Path}{(IsDryRun(r) ? " (dry run)" : string.Empty)}")];

    public IReadOnlyList<string> WaitingMessages => [.. Events.OfType<Waiting>().Select(w => w.Message)];

    /// <summary>Tasks HookSync acted on (Argo CD's result list).</summary>
    public int ResultCount => Report.Tasks.Count(t => t.State is not null);

    public TaskReport Task(string name) => Report.Tasks.Single(t => t.Name == name);

    public TaskReport Task(string name, SyncPhase phase) => Report.Tasks.Single(t => t.Name == name && t.Phase == phase);

    /// <summary>Index of the first real write matching "verb path"; fails when there is none.</summary>
    public int IndexOf(string write)
    {
        var index = Writes.ToList().IndexOf(write);
        Assert.True(index >= 0, $"no write \"{write}\" in:\n{string.Join("\n", Writes)}");
        return index;
    }

    private static bool IsDryRun(RecordedRequest r) => r.Query.Contains("dryRun=All", StringComparison.Ordinal);
}
