using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Tests;

public sealed class ConsoleReporterTests
{
    private const string HookName = "migrate-3f2a1b7-presync-1700000000";

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Run_SucceedingSync_PrintsGoldenLinesWithoutColour()
    {
        using var run = new ReporterRun();
        var hook = Tasks.Hook(SyncPhase.PreSync, HookName, line: 4);
        var web = Tasks.Resource("Deployment", "web", line: 9);
        var reporter = new LocalConsole().CreateReporter(run.Context);

        reporter.Begin(new RunInfo("sync", Reports.Revision, "simulator", DryRun: false));
        reporter.ReportDiagnostics([Diagnostic.Warning("HS2001", "ignored hook value 'PreSynk'", new SourceLocation("deploy/hooks.yaml", 3))]);
        reporter.ReportPlan(Reports.Plan(hook, web));
        reporter.OnEvent(new PhaseStarted(S(0), SyncPhase.PreSync));
        reporter.OnEvent(new WaveStarted(S(0), SyncPhase.PreSync, 0, 1));
        reporter.OnEvent(new TaskApplied(S(1.2), hook, TaskAction.Created, DryRun: false));
        reporter.OnEvent(new HookLogLine(S(2.1), hook, "migrate-pod", "applying migration 7"));
        reporter.OnEvent(new Waiting(S(10), "waiting for completion of hook batch/Job/" + HookName));
        reporter.OnEvent(new TaskStateChanged(S(11), hook, OperationPhase.Succeeded, "job completed"));
        reporter.OnEvent(new HookDeleted(S(11.5), hook, "HookSucceeded"));
        reporter.OnEvent(new PhaseCompleted(S(11.5), SyncPhase.PreSync, PhaseResult.Succeeded));
        reporter.OnEvent(new SyncNote(S(11.6), "dry run passed"));
        reporter.Complete(Reports.Succeeded([Tasks.Row(hook, OperationPhase.Succeeded), Tasks.Row(web, OperationPhase.Succeeded, order: 2)]));

        string[] expected =
        [
            "hooksync sync 3f2a1b7 → simulator",
            "deploy/hooks.yaml:3: warning HS2001: ignored hook value 'PreSynk'",
            "PreSync wave 0: 1 task",
            $"    Job/{HookName}  (deploy/hooks.yaml:4)",
            "Sync wave 0: 1 task",
            "    Deployment/web  (deploy/app.yaml:9)",
            "[   0.0s] PreSync phase started",
            "[   0.0s] PreSync wave 0  1 task",
            $"[   1.2s] PreSync wave 0  Job/{HookName} created",
            $"[   2.1s]   {HookName} | applying migration 7",
            $"[  10.0s] waiting for completion of hook batch/Job/{HookName}",
            $"[  11.0s] PreSync wave 0  Job/{HookName} Succeeded",
            $"[  11.5s] PreSync wave 0  Job/{HookName} deleted (HookSucceeded)",
            "[  11.5s] PreSync phase Succeeded",
            "[  11.6s] dry run passed",
            "Result: Succeeded (exit 0) in 12.3s: successfully synced (all tasks run)",
            "Phases: PreSync=Succeeded, Sync=Succeeded, PostSync=Empty, SyncFail=Empty",
        ];
        Assert.Equal(expected, run.StdoutLines);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout);
    }

    [Fact]
    public void Complete_FailedPreSyncHook_PrintsTheResultOnceOnStderrAndTheRestOnStdout()
    {
        using var run = new ReporterRun();
        var hook = Tasks.Hook(SyncPhase.PreSync, HookName, line: 4);
        var reporter = new LocalConsole().CreateReporter(run.Context);

        reporter.OnEvent(new TaskStateChanged(S(3.96), hook, OperationPhase.Failed, "Job has reached the specified backoff limit"));
        reporter.Complete(Reports.Failed(SyncPhase.PreSync, [Tasks.Row(hook, OperationPhase.Failed, "Job has reached the specified backoff limit", log: ["step 1", "error: table exists"])]));

        Assert.Equal(
            [
                $"[   4.0s] PreSync wave 0  Job/{HookName} Failed: Job has reached the specified backoff limit",
                "Phases: PreSync=Failed, Sync=Empty, PostSync=Empty, SyncFail=Empty",
                "Failed phase: PreSync",
                "Failed tasks:",
                $"  PreSync wave 0  Job/{HookName} Failed: Job has reached the specified backoff limit (deploy/hooks.yaml:4)",
                "    | step 1",
                "    | error: table exists",
            ],
            run.StdoutLines);
        // Each fact once: the result and its message are on stderr only, not repeated on stdout.
        Assert.Equal("Result: Failed (exit 10) in 8.0s: one or more synchronization tasks completed unsuccessfully\n", run.Stderr);
    }

    [Fact]
    public void ReportPlan_SyncFailAndSkipped_ListsThemAfterTheSteps()
    {
        using var run = new ReporterRun();
        var notify = Tasks.Hook(SyncPhase.SyncFail, "notify", line: 30);
        var skipped = new Core.Planning.SkippedObject(Tasks.Object("ConfigMap", "manual", "default"), new SourceLocation("deploy/extra.yaml", 2), ObjectRole.Skip);
        var plan = Reports.Plan(Tasks.Resource("ConfigMap", "cfg"), notify) with { Skipped = [skipped] };

        new LocalConsole().CreateReporter(run.Context).ReportPlan(plan);

        Assert.Equal(
            [
                "Sync wave 0: 1 task",
                "    ConfigMap/cfg  (deploy/app.yaml:1)",
                "SyncFail (on failure): 1 task",
                "    Job/notify  (deploy/hooks.yaml:30)",
                "skipped ConfigMap/manual (Skip) at deploy/extra.yaml:2",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void Begin_DryRun_MarksHeader()
    {
        using var run = new ReporterRun();

        new LocalConsole().CreateReporter(run.Context).Begin(new RunInfo("sync", "abc", "https://10.0.0.1:6443", DryRun: true));

        Assert.Equal("hooksync sync abc → https://10.0.0.1:6443 (dry run)\n", run.Stdout);
    }

    [Fact]
    public void OnEvent_ColourOn_PaintsFailuresRedAndLogsDim()
    {
        using var run = new ReporterRun(color: true);
        var hook = Tasks.Hook(SyncPhase.PreSync, HookName);
        var reporter = new LocalConsole().CreateReporter(run.Context);

        reporter.OnEvent(new TaskStateChanged(S(1), hook, OperationPhase.Failed, "boom"));
        reporter.OnEvent(new HookLogLine(S(1), hook, "pod", "log"));

        Assert.StartsWith("\u001b[31m[   1.0s]", run.StdoutLines[0], StringComparison.Ordinal);
        Assert.StartsWith("\u001b[2m[   1.0s]", run.StdoutLines[1], StringComparison.Ordinal);
        Assert.EndsWith("\u001b[0m", run.StdoutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnEvent_SecretInLogLine_IsRedacted()
    {
        using var run = new ReporterRun(secrets: "s3cr3t-token-value");
        var hook = Tasks.Hook(SyncPhase.PreSync, HookName);

        new LocalConsole().CreateReporter(run.Context).OnEvent(new HookLogLine(S(1), hook, "pod", "token=s3cr3t-token-value ok"));

        Assert.Equal($"[   1.0s]   {HookName} | token=*** ok\n", run.Stdout);
    }
}
