using HookSync.Core.Hooks;
using HookSync.Core.Reporting;

namespace HookSync.Cli.Tests;

/// <summary>Pins the exit-code table of the README: every way a run can end and the number the process exits with.</summary>
public sealed class ExitCodeMapTests
{
    public static TheoryData<SyncResult?, SyncPhase?, EndReason, int> Endings() => new()
    {
        { null, null, EndReason.None, 0 },
        { null, null, EndReason.InvalidManifests, 3 },
        { SyncResult.Succeeded, null, EndReason.None, 0 },
        { SyncResult.Failed, SyncPhase.PreSync, EndReason.None, 10 },
        { SyncResult.Failed, SyncPhase.Sync, EndReason.None, 11 },
        { SyncResult.Failed, SyncPhase.PostSync, EndReason.None, 12 },
        { SyncResult.Failed, SyncPhase.SyncFail, EndReason.None, 11 },
        { SyncResult.Failed, null, EndReason.None, 11 },
        { SyncResult.Failed, null, EndReason.InvalidManifests, 3 },
        { SyncResult.TimedOut, SyncPhase.PreSync, EndReason.None, 20 },
        { SyncResult.TimedOut, null, EndReason.None, 20 },
        { SyncResult.Cancelled, null, EndReason.None, 130 },
        { SyncResult.Cancelled, null, EndReason.Interrupted, 130 },
        { SyncResult.Cancelled, null, EndReason.Terminated, 143 },
        { SyncResult.Error, null, EndReason.None, 4 },
        { SyncResult.Error, null, EndReason.EnvironmentFailure, 4 },
        { SyncResult.Error, null, EndReason.Misconfigured, 2 },
    };

    [Theory]
    [MemberData(nameof(Endings))]
    public void For_Ending_IsTheReadmeExitCode(SyncResult? result, SyncPhase? failedPhase, EndReason reason, int expected)
    {
        Assert.Equal(expected, ExitCodeMap.For(result, failedPhase, reason));
    }

    [Fact]
    public void Constants_AreTheReadmeTable()
    {
        Assert.Equal(
            [0, 1, 2, 3, 4, 10, 11, 12, 20, 130, 143],
            [
                ExitCodeMap.Succeeded, ExitCodeMap.InternalError, ExitCodeMap.UsageError, ExitCodeMap.InvalidManifests,
                ExitCodeMap.EnvironmentError, ExitCodeMap.PreSyncFailed, ExitCodeMap.SyncFailed, ExitCodeMap.PostSyncFailed,
                ExitCodeMap.TimedOut, ExitCodeMap.Interrupted, ExitCodeMap.Terminated,
            ]);
    }

    [Theory]
    [InlineData(false, false, 0)]
    [InlineData(true, false, 1)]
    [InlineData(true, true, 3)]
    [InlineData(false, true, 3)]
    public void ForDiff_AsKubectlDiff_ZeroSameOneDifferentErrorsAbove(bool differences, bool rejected, int expected)
    {
        Assert.Equal(expected, ExitCodeMap.ForDiff(differences, rejected));
        Assert.Equal(1, ExitCodeMap.DifferencesFound);
    }

    [Fact]
    public void Stamp_Report_SetsTheMappedExitCode()
    {
        var report = new SyncReport(SyncResult.Failed, EndReason.None, "failed", SyncPhase.PostSync, "abc", null, null,
            new Dictionary<SyncPhase, PhaseResult>(), [], []);

        Assert.Null(report.ExitCode);
        Assert.Equal(12, ExitCodeMap.Stamp(report).ExitCode);
    }
}
