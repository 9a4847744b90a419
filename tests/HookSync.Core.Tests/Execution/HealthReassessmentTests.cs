using System.Collections.Concurrent;
using HookSync.Core.Execution;
using HookSync.Core.Health;
using HookSync.Core.Model;
using HookSync.Core.Reporting;
using static HookSync.Core.Tests.Execution.TestObjects;
using static HookSync.Core.Tests.Execution.TestPlan;

namespace HookSync.Core.Tests.Execution;

/// <summary>Health is a function of the live object: the step loop judges each version of a running object once, not on every wake-up.</summary>
public sealed class HealthReassessmentTests
{
    [Fact]
    public async Task RunAsync_ManyRunningDeployments_EachVersionJudgedAtMostTwice()
    {
        using var harness = new SyncHarness();
        var counting = new CountingDeploymentRule(TestHealthRules.Assessor());
        harness.Health = new HealthAssessor([counting]);
        // Long roll-outs and a waiting line every second: the loop wakes about ten times while nothing changes.
        harness.Cluster.CompletionDelay = TimeSpan.FromSeconds(10);
        var plan = Of([.. Enumerable.Range(0, 12).Select(i => Resource(Deployment($"web-{i:00}")))]);

        // No resync: a re-list hands over new copies of unchanged objects, which are judged again (correctly, but not the point here).
        var report = await harness.RunAsync(plan, new SyncOptions
        {
            Concurrency = 4, WaitingReportInterval = TimeSpan.FromSeconds(1), ResyncInterval = TimeSpan.FromHours(1), StuckAfter = TimeSpan.Zero,
        });

        Assert.Equal(SyncResult.Succeeded, report.Result);
        // Once when its apply answers (is it settled already?), once when the step loop first sees that version.
        var most = counting.Judged.MaxBy(pair => pair.Value);
        Assert.True(most.Value <= 2, $"{most.Key} was judged {most.Value} times");
    }

    private sealed class CountingDeploymentRule(HealthAssessor inner) : IHealthRule
    {
        public ConcurrentDictionary<string, int> Judged { get; } = new(StringComparer.Ordinal);

        public bool AppliesTo(GroupKind kind) => kind == new GroupKind("apps", "Deployment");

        public HealthStatus Assess(KubeObject live)
        {
            Judged.AddOrUpdate($"{live.Name}@{live.ResourceVersion}", 1, (_, count) => count + 1);
            return inner.Assess(live)!;
        }
    }
}
