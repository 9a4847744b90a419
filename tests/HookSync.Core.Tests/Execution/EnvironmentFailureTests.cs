using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Testing.Cluster;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

/// <summary>The cluster fails (after the adapter's retries) in the middle of a sync: exit code and SyncFail depend on whether anything was applied.</summary>
public sealed class EnvironmentFailureTests
{
    private static ClusterException Unreachable() => new(ClusterFailureKind.Unreachable, "dial tcp 10.0.0.1:443: connect: connection refused");

    [Fact]
    public async Task RunAsync_ClusterFailsInSyncAfterPreSyncApplied_SyncPhaseFailsAndSyncFailHookIsCreated()
    {
        using var harness = new SyncHarness();
        harness.Cluster.Script("ConfigMap", "cfg", new ObjectBehaviour { ApplyError = Unreachable() });
        var plan = Of(Hook(Pod("migrate"), SyncPhase.PreSync), Resource(ConfigMap("cfg")), Hook(Pod("notify"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal((SyncResult.Failed, SyncPhase.Sync, EndReason.None), (report.Result, report.FailedPhase, report.Reason));
        Assert.StartsWith("cluster error during the Sync phase, after changes were applied: dial tcp", report.Message, StringComparison.Ordinal);
        Assert.EndsWith("(SyncFail hooks created, not awaited)", report.Message, StringComparison.Ordinal);
        Assert.NotNull(harness.Cluster.Find("Pod", "default", "notify"));
        Assert.Equal(PhaseResult.Succeeded, report.Phases[SyncPhase.PreSync]);
    }

    [Fact]
    public async Task RunAsync_ClusterFailsOnTheFirstApply_EnvironmentErrorAndNoSyncFail()
    {
        using var harness = new SyncHarness();
        harness.Cluster.Script("Pod", "migrate", new ObjectBehaviour { ApplyError = Unreachable() });
        var plan = Of(Hook(Pod("migrate"), SyncPhase.PreSync), Resource(ConfigMap("cfg")), Hook(Pod("notify"), SyncPhase.SyncFail));

        var report = await harness.RunAsync(plan);

        Assert.Equal((SyncResult.Error, EndReason.EnvironmentFailure), (report.Result, report.Reason));
        Assert.Equal("cluster error: dial tcp 10.0.0.1:443: connect: connection refused", report.Message);
        Assert.Null(harness.Cluster.Find("Pod", "default", "notify"));
    }
}
