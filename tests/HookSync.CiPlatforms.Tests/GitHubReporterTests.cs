using System.Text;
using System.Text.RegularExpressions;
using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Testing;

namespace HookSync.CiPlatforms.Tests;

public sealed partial class GitHubReporterTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static IRunReporter Reporter(ReporterRun run) => new GitHubActions().CreateReporter(run.Context);

    [Fact]
    public void Begin_Secrets_AddMaskLinesComeBeforeAnyOtherLine()
    {
        using var run = new ReporterRun(ReporterRun.GitHub, false, "token-abc-123", "pass%word:x");
        var reporter = Reporter(run);

        reporter.Begin(new RunInfo("sync", Reports.Revision, "https://kube.example:6443", DryRun: false));

        var lines = run.StdoutLines;
        Assert.Equal(["::add-mask::pass%25word:x", "::add-mask::token-abc-123"], lines.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal("hooksync sync 3f2a1b7 → https://kube.example:6443", lines[2]);
    }

    [Fact]
    public void Begin_MultiLineSecret_MasksOnlyItsOpaqueLines()
    {
        // Structure ("namespace: default", "server: https://...") is not secret: masking it would wreck the log. The values
        // inside a kubeconfig are registered one by one by the credential reader; a PEM key's base64 lines are opaque.
        var secret = "users:\n- name: ci\n  namespace: default-namespace-x\n  server: https://api.example.test:6443\n"
            + "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n";
        using var run = new ReporterRun(ReporterRun.GitHub, false, secret);

        Reporter(run).Begin(new RunInfo("sync", "abc", "cluster", DryRun: false));

        var masks = run.StdoutLines.Where(l => l.StartsWith("::add-mask::", StringComparison.Ordinal)).ToList();
        Assert.Contains("::add-mask::MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", masks);
        Assert.Contains("::add-mask::BKcwggSjAgEAAoIBAQC7", masks);
        Assert.DoesNotContain(masks, m => m.Contains("namespace", StringComparison.Ordinal) || m.Contains("server", StringComparison.Ordinal));
        Assert.DoesNotContain(masks, m => m.Contains("users:", StringComparison.Ordinal) || m.Contains("BEGIN", StringComparison.Ordinal));
        Assert.All(masks, m => Assert.DoesNotContain("%0A", m, StringComparison.Ordinal));
        Assert.Equal(masks.Count, masks.Distinct().Count());
    }

    [Fact]
    public void OnEvent_SecretRegisteredDuringLogBlock_EndsBlockThenMasksBeforeNextLine()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var reporter = Reporter(run);
        var hook = Tasks.Hook(SyncPhase.PreSync, "m");
        reporter.Begin(new RunInfo("sync", "abc", "cluster", DryRun: false));
        reporter.OnEvent(new HookLogLine(S(1), hook, "p", "first"));

        run.Redactor.Register("late-exec-plugin-token");
        reporter.OnEvent(new HookLogLine(S(2), hook, "p", "uses late-exec-plugin-token"));

        var lines = run.StdoutLines;
        var mask = Array.IndexOf(lines.ToArray(), "::add-mask::late-exec-plugin-token");
        Assert.True(mask > 0, run.Stdout);
        Assert.Matches("^::[0-9a-f]{32}::$", lines[mask - 1]);
        Assert.StartsWith("::stop-commands::", lines[mask + 1], StringComparison.Ordinal);
        Assert.Equal("[   2.0s]   m | uses ***", lines[mask + 2]);
        Assert.Single(lines, l => l.StartsWith("::add-mask::", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportDiagnostics_PathAndMessageWithSpecials_PrintsExactAnnotation()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);

        Reporter(run).ReportDiagnostics([Diagnostic.Warning("HS2003", "wave 'x:1,2' is not an integer: 100%\nusing 0", new SourceLocation("k8s/a:b,c%.yaml", 7))]);

        Assert.Equal("::warning file=k8s/a%3Ab%2Cc%25.yaml,line=7,title=HS2003::wave 'x:1,2' is not an integer: 100%25%0Ausing 0\n", run.Stdout);
    }

    [Fact]
    public void ReportDiagnostics_MoreThanTenPerType_CapsAnnotationsAndCountsTheRestInSummary()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var reporter = Reporter(run);
        var warnings = Enumerable.Range(1, 15).Select(i => Diagnostic.Warning("HS2001", $"warning {i}", new SourceLocation("a.yaml", i)));
        var notices = Enumerable.Range(1, 3).Select(i => Diagnostic.Notice("HS1010", $"notice {i}", null));
        var errors = Enumerable.Range(1, 12).Select(i => Diagnostic.Error("HS1001", $"error {i}", new SourceLocation("b.yaml", i)));
        var all = warnings.Concat(notices).Concat(errors).ToList();

        reporter.ReportDiagnostics(all);
        reporter.Complete(Reports.Invalid(all));

        var lines = run.StdoutLines;
        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.StartsWith("::notice ", StringComparison.Ordinal)));
        Assert.Contains("b.yaml:11: error HS1001: error 11", lines);
        Assert.Contains("a.yaml:15: warning HS2001: warning 15", lines);
        var summary = File.ReadAllText(run.PathOf("summary.md"));
        Assert.Contains("7 more annotations not shown", summary, StringComparison.Ordinal);
        Assert.Contains("2 errors, 5 warnings, 0 notices", summary, StringComparison.Ordinal);
        Assert.Contains($"| warning | HS2001 | [a.yaml:15](https://github.com/acme/shop/blob/{Reports.Revision}/a.yaml#L15) | warning 15 |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_FailedTask_AnnotatesItsManifestAndWritesOutputs()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        File.WriteAllText(run.PathOf("output"), "earlier=kept\n");
        run.UseReportPath("/tmp/runner/hooksync-report.json");
        var hook = Tasks.Hook(SyncPhase.PreSync, "migrate-3f2a1b7-presync-1", file: "deploy/db,main.yaml", line: 12);

        Reporter(run).Complete(Reports.Failed(SyncPhase.PreSync, [Tasks.Row(hook, OperationPhase.Failed, "Job has reached the specified backoff limit")]));

        Assert.Contains("::error file=deploy/db%2Cmain.yaml,line=12,title=PreSync Job/migrate-3f2a1b7-presync-1 Failed::Job has reached the specified backoff limit", run.StdoutLines);
        var outputs = GitHubOutputFile.Parse(run.PathOf("output"));
        Assert.Equal("kept", outputs["earlier"]);
        Assert.Equal("Failed", outputs["result"]);
        Assert.Equal("10", outputs["exit-code"]);
        Assert.Equal("PreSync", outputs["failed-phase"]);
        Assert.Equal("Failed", outputs["presync"]);
        Assert.Equal("Empty", outputs["sync"]);
        Assert.Equal("Empty", outputs["postsync"]);
        Assert.Equal("Empty", outputs["syncfail"]);
        Assert.Equal(Reports.Revision, outputs["revision"]);
        Assert.Equal("/tmp/runner/hooksync-report.json", outputs["report"]);
        Assert.DoesNotContain('\uFEFF', File.ReadAllText(run.PathOf("output")));
    }

    [Fact]
    public void Complete_DiagnosticErrorsAndFailedTasks_ShareTheTenErrorCap()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var reporter = Reporter(run);
        var rows = Enumerable.Range(1, 4).Select(i => Tasks.Row(Tasks.Hook(SyncPhase.Sync, $"hook-{i}", line: i), OperationPhase.Failed, $"failed {i}")).ToList();

        reporter.ReportDiagnostics(Enumerable.Range(1, 8).Select(i => Diagnostic.Error("HS3004", $"name too long {i}", new SourceLocation("a.yaml", i))).ToList());
        reporter.Complete(Reports.Failed(SyncPhase.Sync, rows));

        var errors = run.StdoutLines.Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, errors.Count);
        Assert.Equal("::error file=deploy/hooks.yaml,line=2,title=Sync Job/hook-2 Failed::failed 2", errors[^1]);
        Assert.Contains("2 more annotations not shown", File.ReadAllText(run.PathOf("summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_Success_WritesEmptyFailedPhaseAndRandomDelimiters()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);

        Reporter(run).Complete(Reports.Succeeded([Tasks.Row(Tasks.Resource("ConfigMap", "cfg"), OperationPhase.Succeeded)]));

        var text = File.ReadAllText(run.PathOf("output"));
        var outputs = GitHubOutputFile.ParseText(text);
        Assert.Equal("Succeeded", outputs["result"]);
        Assert.Equal("0", outputs["exit-code"]);
        Assert.Equal(string.Empty, outputs["failed-phase"]);
        Assert.Equal(string.Empty, outputs["report"]);
        var delimiters = DelimiterPattern().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, delimiters.Count);
        Assert.Equal(10, delimiters.Distinct().Count());
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OnEvent_Phases_OneFlatGroupPerPhaseClosedBeforeComplete()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var reporter = Reporter(run);
        var hook = Tasks.Hook(SyncPhase.PreSync, "m");

        reporter.OnEvent(new SyncNote(S(0), "dry run passed"));
        reporter.OnEvent(new PhaseStarted(S(0), SyncPhase.PreSync));
        reporter.OnEvent(new TaskApplied(S(1), hook, TaskAction.Created, false));
        reporter.OnEvent(new PhaseCompleted(S(2), SyncPhase.PreSync, PhaseResult.Succeeded));
        reporter.OnEvent(new PhaseStarted(S(2), SyncPhase.Sync));
        // No PhaseCompleted for Sync (cancelled): the next group and Complete must still close it.
        reporter.OnEvent(new PhaseStarted(S(3), SyncPhase.SyncFail));
        reporter.Complete(Reports.Succeeded([]));

        var open = false;
        var groups = new List<string>();
        foreach (var line in run.StdoutLines)
        {
            if (line.StartsWith("::group::", StringComparison.Ordinal))
            {
                Assert.False(open, "a group was opened inside another");
                open = true;
                groups.Add(line["::group::".Length..]);
            }
            else if (line == "::endgroup::")
            {
                Assert.True(open, "endgroup without a group");
                open = false;
            }
            else if (line.StartsWith("Result:", StringComparison.Ordinal))
            {
                Assert.False(open, "the verdict was printed inside a group");
            }
        }
        Assert.False(open);
        Assert.Equal(["PreSync", "Sync", "SyncFail"], groups);
    }

    [Fact]
    public void OnEvent_HookLogLines_WrappedInStopCommandsWithRandomToken()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var reporter = Reporter(run);
        var hook = Tasks.Hook(SyncPhase.PreSync, "m");

        reporter.OnEvent(new HookLogLine(S(1), hook, "p", "::error::forged"));
        reporter.OnEvent(new HookLogLine(S(1), hook, "p", "##[warning]forged too"));
        reporter.OnEvent(new TaskStateChanged(S(2), hook, OperationPhase.Succeeded, string.Empty));
        reporter.OnEvent(new HookLogLine(S(3), hook, "p", "again"));
        reporter.Complete(Reports.Succeeded([]));

        var lines = run.StdoutLines;
        var first = StopPattern().Match(lines[0]);
        Assert.True(first.Success, lines[0]);
        var token = first.Groups[1].Value;
        Assert.Equal("[   1.0s]   m | ::error::forged", lines[1]);
        Assert.Equal("[   1.0s]   m | ##[warning]forged too", lines[2]);
        Assert.Equal($"::{token}::", lines[3]);
        Assert.Equal("[   2.0s] PreSync wave 0  Job/m Succeeded", lines[4]);
        var second = StopPattern().Match(lines[5]);
        Assert.True(second.Success, lines[5]);
        Assert.NotEqual(token, second.Groups[1].Value);
        Assert.Equal($"::{second.Groups[1].Value}::", lines[7]);
    }

    [Fact]
    public void ReportPlan_StepSummary_WrittenEarlyThenOverwrittenAtTheEnd()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var reporter = Reporter(run);
        var hook = Tasks.Hook(SyncPhase.PreSync, "migrate");

        reporter.Begin(new RunInfo("sync", Reports.Revision, "simulator", false));
        reporter.ReportPlan(Reports.Plan(hook));
        var early = File.ReadAllText(run.PathOf("summary.md"));
        reporter.Complete(Reports.Succeeded([Tasks.Row(hook, OperationPhase.Succeeded)]));
        var final = File.ReadAllText(run.PathOf("summary.md"));

        Assert.Contains("Sync in progress", early, StringComparison.Ordinal);
        Assert.Contains("| PreSync | 0 | Job/migrate | default | deploy/hooks.yaml:1 |", early, StringComparison.Ordinal);
        Assert.DoesNotContain("in progress", final, StringComparison.Ordinal);
        Assert.StartsWith("# HookSync sync\n\n✅ **Succeeded**: successfully synced (all tasks run)", final, StringComparison.Ordinal);
        Assert.Contains("[run](https://github.com/acme/shop/actions/runs/42)", final, StringComparison.Ordinal);
        Assert.Contains($"| PreSync | 0 | Job/migrate | default | created | Succeeded | 1.5s | [deploy/hooks.yaml:1](https://github.com/acme/shop/blob/{Reports.Revision}/deploy/hooks.yaml#L1) |", final, StringComparison.Ordinal);
        Assert.True(final.IndexOf("## Phases", StringComparison.Ordinal) < final.IndexOf("## Tasks", StringComparison.Ordinal));
    }

    [Fact]
    public void Complete_FailureWithLog_SummaryHasDetailsWithEscapedCellsAndFence()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var hook = Tasks.Hook(SyncPhase.PostSync, "smoke|test");
        var row = Tasks.Row(hook, OperationPhase.Failed, "pod failed <exit 1>", log: ["```", "curl: (7) failed"]);

        Reporter(run).Complete(Reports.Failed(SyncPhase.PostSync, [row]));

        var summary = File.ReadAllText(run.PathOf("summary.md"));
        Assert.StartsWith("# HookSync sync\n\n❌ **Failed**", summary, StringComparison.Ordinal);
        Assert.Contains("| PostSync | 0 | Job/smoke\\|test |", summary, StringComparison.Ordinal);
        Assert.Contains("<details><summary>PostSync wave 0 Job/smoke|test: Failed</summary>", summary, StringComparison.Ordinal);
        Assert.Contains("pod failed &lt;exit 1&gt;", summary, StringComparison.Ordinal);
        Assert.Contains("````text\n```\ncurl: (7) failed\n````", summary, StringComparison.Ordinal);
        Assert.Contains("</details>", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_HugeLogAndManyTasks_SummaryStaysUnderOneMebibyte()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        var hugeLog = Enumerable.Range(0, 50_000).Select(i => new string('x', 300) + i).ToList();
        var rows = Enumerable.Range(0, 8_000)
            .Select(i => Tasks.Row(Tasks.Hook(SyncPhase.PreSync, $"hook-{i:D5}-" + new string('n', 40)), OperationPhase.Failed, new string('m', 100), log: hugeLog))
            .ToList();

        Reporter(run).Complete(Reports.Failed(SyncPhase.PreSync, rows));

        var bytes = File.ReadAllBytes(run.PathOf("summary.md"));
        Assert.True(bytes.Length < 1024 * 1024, $"summary is {bytes.Length} bytes");
        Assert.True(bytes.Length > 900 * 1024, $"summary is only {bytes.Length} bytes: the budget should be used");
        Assert.Contains("summary truncated", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_MissingEnvFiles_PrintsNoticesInsteadOfFailing()
    {
        using var run = new ReporterRun(_ => new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        Reporter(run).Complete(Reports.Succeeded([]));

        Assert.Contains("notice: GITHUB_OUTPUT is not set; step outputs were not written", run.StdoutLines);
        Assert.Contains("notice: GITHUB_STEP_SUMMARY is not set; the step summary was not written", run.StdoutLines);
    }

    [GeneratedRegex("<<(ghadelimiter_[0-9a-f]{32})\n")]
    private static partial Regex DelimiterPattern();

    [GeneratedRegex("^::stop-commands::([0-9a-f]{32})$")]
    private static partial Regex StopPattern();
}
