using HookSync.Core.Hooks;
using HookSync.Core.Reporting;
using HookSync.Kubernetes;
using HookSync.Simulator;
using HookSync.Simulator.Faults;
using static HookSync.Integration.Tests.Scenarios.ScenarioManifests;

namespace HookSync.Integration.Tests.Scenarios;

/// <summary>
/// Each fault kind at each place of a sync, once, over real HTTP: the PreSync hook's create, a Sync apply, a watch, the
/// PostSync hook's create and the hook's deletion (HookSucceeded). Transient faults are retried and the sync succeeds; a
/// 409 on an apply fails that phase; no hook is ever created twice (counted on the server).
/// </summary>
public sealed class FaultMatrixTests
{
    public enum Place
    {
        PreSyncHookCreate,
        SyncApply,
        Watch,
        PostSyncHookCreate,
        HookDelete,
    }

    private static readonly FaultKind[] RequestFaults =
    [
        FaultKind.TooManyRequests, FaultKind.InternalError, FaultKind.ServiceUnavailable, FaultKind.ResetBeforeProcessing,
        FaultKind.LoseResponseAfterProcessing, FaultKind.SlowResponse, FaultKind.Conflict,
    ];

    public static TheoryData<FaultKind, Place> Matrix()
    {
        var data = new TheoryData<FaultKind, Place>();
        foreach (var place in new[] { Place.PreSyncHookCreate, Place.SyncApply, Place.PostSyncHookCreate, Place.HookDelete })
        {
            foreach (var kind in RequestFaults)
            {
                data.Add(kind, place);
            }
        }
        data.Add(FaultKind.WatchCut, Place.Watch);
        data.Add(FaultKind.WatchExpired, Place.Watch);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Sync_OneFaultAtOnePlace_RightOutcomeAndNoDuplicateHook(FaultKind kind, Place place)
    {
        await using var runner = await ScenarioRunner.StartAsync(
            clientOptions: new KubernetesClientOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(20) });
        runner.Script.Inject(Rule(kind, place));

        var run = await runner.SyncAsync([HookJob("migrate", "PreSync"), AlwaysPod("web"), HookPod("smoke", "PostSync", "HookSucceeded")]);

        var requests = runner.Simulator.Requests;
        Assert.Contains(requests, r => r.Fault == kind.ToString());
        var expected = Expected(kind, place);
        Assert.True((expected.Result, expected.Phase) == (run.Report.Result, run.Report.FailedPhase),
            $"{kind} at {place}: expected {expected}, got {run.Report.Result} {run.Report.FailedPhase}: {run.Report.Message}");
        Assert.True(RealCreations(requests, "/jobs/migrate") <= 1, "the PreSync hook was created twice");
        Assert.True(RealCreations(requests, "/pods/smoke") <= 1, "the PostSync hook was created twice");
        Assert.All(run.Report.Tasks.Where(t => t.Phase != SyncPhase.SyncFail && t.Order is not null), t => Assert.NotNull(t.State));
    }

    private static FaultRule Rule(FaultKind kind, Place place)
    {
        var rule = new FaultRule(kind) { MaxCount = 1, RetryAfter = null, Delay = TimeSpan.FromMilliseconds(300) };
        // The first apply of each object is its server-side dry-run; After = 1 faults the real one.
        return place switch
        {
            Place.PreSyncHookCreate => rule with { Verb = "apply", PathContains = "/jobs/migrate", After = 1 },
            Place.SyncApply => rule with { Verb = "apply", PathContains = "/pods/web", After = 1 },
            Place.Watch => rule with { Verb = "watch" },
            Place.PostSyncHookCreate => rule with { Verb = "apply", PathContains = "/pods/smoke", After = 1 },
            _ => rule with { Verb = "delete", PathContains = "/pods/smoke" },
        };
    }

    // A 409 on an apply is a real conflict, not a transient fault: the task fails, and with it its phase.
    private static (SyncResult Result, SyncPhase? Phase) Expected(FaultKind kind, Place place) => (kind, place) switch
    {
        (FaultKind.Conflict, Place.PreSyncHookCreate) => (SyncResult.Failed, SyncPhase.PreSync),
        (FaultKind.Conflict, Place.SyncApply) => (SyncResult.Failed, SyncPhase.Sync),
        (FaultKind.Conflict, Place.PostSyncHookCreate) => (SyncResult.Failed, SyncPhase.PostSync),
        _ => (SyncResult.Succeeded, null),
    };

    private static int RealCreations(IReadOnlyList<RecordedRequest> requests, string path) =>
        requests.Count(r => r.Verb is "apply" or "create" && r.Path.EndsWith(path, StringComparison.Ordinal) && r.StatusCode == 201
            && !r.Query.Contains("dryRun", StringComparison.Ordinal));
}
