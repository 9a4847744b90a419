using HookSync.Core.Diagnostics;
using HookSync.Core.Planning;
using HookSync.Testing;

namespace HookSync.Core.Tests.Planning;

/// <summary><c>plan</c> names generated hooks with a placeholder for the time, checked as strictly as a real name.</summary>
public sealed class TimePlaceholderTests
{
    private static SyncPlan Plan(DateTimeOffset start, params ManifestBuilder[] manifests) =>
        SyncPlanner.Plan(manifests.Select(m => m.Build()).ToList(),
            new PlanContext("3f2a1b7c9d", start, "default", BuiltInScopes.Instance, TimePlaceholder: true));

    [Fact]
    public void Plan_Placeholder_SameNamesAtAnyTime()
    {
        var early = Plan(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), ManifestBuilder.Pod(null).Hook("PreSync,PostSync"));
        var late = Plan(DateTimeOffset.FromUnixTimeSeconds(1_800_000_123), ManifestBuilder.Pod(null).Hook("PreSync,PostSync"));

        Assert.Equal(["3f2a1b7-presync-{unix-time}", "3f2a1b7-postsync-{unix-time}"], early.Tasks.Select(t => t.Object.Name));
        Assert.Equal(early.Tasks.Select(t => t.Object.Name), late.Tasks.Select(t => t.Object.Name));
        Assert.Empty(early.Diagnostics);
    }

    [Fact]
    public void Plan_Placeholder_NameLengthCheckedWithATenDigitTime()
    {
        // 41 characters of generateName + "3f2a1b7-presync-" (16) + 10 digits = 67 > 63.
        var plan = Plan(DateTimeOffset.FromUnixTimeSeconds(1), ManifestBuilder.Job(null).GenerateName(new string('a', 40) + "-").Hook("PreSync"));

        Assert.Contains(plan.Diagnostics, d => d.Code == DiagnosticCodes.NameTooLong);
    }
}
