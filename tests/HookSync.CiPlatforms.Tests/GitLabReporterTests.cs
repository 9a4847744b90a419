using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Testing;

namespace HookSync.CiPlatforms.Tests;

public sealed partial class GitLabReporterTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static IRunReporter Reporter(ReporterRun run) => new GitLabCi().CreateReporter(run.Context);

    private static SyncReport PostSyncFailure()
    {
        var migrate = Tasks.Hook(SyncPhase.PreSync, "migrate-3f2a1b7-presync-1700000000", file: "deploy/hooks.yaml", line: 1);
        var web = Tasks.Resource("Deployment", "web", file: "deploy/app.yaml", line: 3);
        var smoke = Tasks.Hook(SyncPhase.PostSync, "smoke", file: "deploy/hooks.yaml", line: 20);
        var notify = Tasks.Hook(SyncPhase.SyncFail, "notify", file: "deploy/hooks.yaml", line: 40);
        var cleanup = Tasks.Hook(SyncPhase.PostSync, "cleanup", wave: 5, file: "deploy/hooks.yaml", line: 30);
        return Reports.Failed(
            SyncPhase.PostSync,
            [
                Tasks.Row(migrate, OperationPhase.Succeeded, "job completed", order: 1),
                Tasks.Row(web, OperationPhase.Succeeded, "deployment rolled out", order: 2, action: TaskAction.Configured),
                Tasks.Row(smoke, OperationPhase.Failed, "Job has reached the specified backoff limit", order: 3, log: ["GET /health", "curl: (7) refused \u0001"]),
                Tasks.Row(cleanup, null, order: null),
                Tasks.Row(notify, OperationPhase.Error, "Resource batch/Job/notify is missing", order: 4),
            ],
            diagnostics: [Diagnostic.Warning("HS2001", "ignored hook value 'PostSynk'", new SourceLocation("deploy/hooks.yaml", 50))]);
    }

    [Fact]
    public void Complete_PostSyncFailure_WritesDotenvGitLabCanParse()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);

        Reporter(run).Complete(PostSyncFailure());

        var variables = DotenvFile.Parse(run.PathOf("hooksync.env"));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["HOOKSYNC_RESULT"] = "Failed",
                ["HOOKSYNC_EXIT_CODE"] = "12",
                ["HOOKSYNC_FAILED_PHASE"] = "PostSync",
                ["HOOKSYNC_PRESYNC"] = "Succeeded",
                ["HOOKSYNC_SYNC"] = "Succeeded",
                ["HOOKSYNC_POSTSYNC"] = "Failed",
                ["HOOKSYNC_SYNCFAIL"] = "Succeeded",
                ["HOOKSYNC_REVISION"] = Reports.Revision,
                ["HOOKSYNC_CAUSE"] = string.Empty,
            },
            variables);
        Assert.True(variables.Count <= 20);
    }

    [Fact]
    public void Complete_RevisionWithSpacesAndEquals_DotenvValueStaysSingleToken()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);

        Reporter(run).Complete(Reports.Succeeded([]) with { Revision = "v1 = \"x\"\nnext" });

        Assert.Equal("v1____x__next", DotenvFile.Parse(run.PathOf("hooksync.env"))["HOOKSYNC_REVISION"]);
    }

    [Fact]
    public void Complete_Tasks_JUnitIsWellFormedWithOneTestcasePerTask()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);

        Reporter(run).Complete(PostSyncFailure());

        var xml = XDocument.Load(run.PathOf("hooksync-junit.xml"));
        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("5", root.Attribute("tests")!.Value);
        Assert.Equal(["PreSync", "Sync", "PostSync", "SyncFail"], root.Elements("testsuite").Select(s => s.Attribute("name")!.Value));
        var cases = root.Descendants("testcase").ToList();
        Assert.Equal(5, cases.Count);
        var smoke = cases.Single(c => c.Attribute("name")!.Value == "Job/smoke");
        Assert.Equal("PostSync.wave0", smoke.Attribute("classname")!.Value);
        Assert.Equal("deploy/hooks.yaml", smoke.Attribute("file")!.Value);
        Assert.Equal("1.500", smoke.Attribute("time")!.Value);
        var failure = smoke.Element("failure")!;
        Assert.Equal("Job has reached the specified backoff limit", failure.Attribute("message")!.Value);
        Assert.Equal("Failed", failure.Attribute("type")!.Value);
        Assert.Contains("Job has reached the specified backoff limit", failure.Value, StringComparison.Ordinal);
        Assert.Contains("curl: (7) refused", failure.Value, StringComparison.Ordinal);
        Assert.NotNull(cases.Single(c => c.Attribute("name")!.Value == "Job/notify").Element("error"));
        Assert.NotNull(cases.Single(c => c.Attribute("name")!.Value == "Job/cleanup").Element("skipped"));
        Assert.Equal("PostSync.wave5", cases.Single(c => c.Attribute("name")!.Value == "Job/cleanup").Attribute("classname")!.Value);
        var postSync = root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "PostSync");
        Assert.Equal(("2", "1", "0", "1"), (postSync.Attribute("tests")!.Value, postSync.Attribute("failures")!.Value, postSync.Attribute("errors")!.Value, postSync.Attribute("skipped")!.Value));
    }

    [Fact]
    public void Complete_SameNameInTwoNamespaces_JUnitNamesStayUnique()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);
        var a = Tasks.Resource("ConfigMap", "cfg");
        var b = a with { Object = Tasks.Object("ConfigMap", "cfg", "other") };

        Reporter(run).Complete(Reports.Succeeded([Tasks.Row(a, OperationPhase.Succeeded), Tasks.Row(b, OperationPhase.Succeeded)]));

        var names = XDocument.Load(run.PathOf("hooksync-junit.xml")).Descendants("testcase").Select(c => c.Attribute("name")!.Value).ToList();
        Assert.Equal(["ConfigMap/cfg", "ConfigMap/cfg (other)"], names);
    }

    [Fact]
    public void Complete_Diagnostics_CodeQualityIsAJsonArrayWithRequiredFields()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);
        var report = Reports.Invalid(
        [
            Diagnostic.Error("HS1001", "invalid YAML: mapping values are not allowed here", new SourceLocation("deploy/bad.yaml", 4)),
            Diagnostic.Notice("HS1011", "no manifests found", null),
        ]);

        Reporter(run).Complete(report);

        var bytes = File.ReadAllBytes(run.PathOf("hooksync-codequality.json"));
        Assert.NotEqual(0xEF, bytes[0]);
        using var json = JsonDocument.Parse(bytes);
        var issues = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, issues.Count);
        Assert.Equal("invalid YAML: mapping values are not allowed here", issues[0].GetProperty("description").GetString());
        Assert.Equal("HS1001", issues[0].GetProperty("check_name").GetString());
        Assert.Equal("major", issues[0].GetProperty("severity").GetString());
        Assert.Equal("deploy/bad.yaml", issues[0].GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(4, issues[0].GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", issues[0].GetProperty("fingerprint").GetString()!);
        Assert.Equal("info", issues[1].GetProperty("severity").GetString());
        Assert.Equal(".", issues[1].GetProperty("location").GetProperty("path").GetString());
        Assert.NotEqual(issues[0].GetProperty("fingerprint").GetString(), issues[1].GetProperty("fingerprint").GetString());
    }

    [Fact]
    public void Complete_SameDiagnosticTwice_FingerprintIsStable()
    {
        using var first = new ReporterRun(ReporterRun.GitLab);
        using var second = new ReporterRun(ReporterRun.GitLab);
        var report = Reports.Invalid([Diagnostic.Warning("HS2003", "invalid wave", new SourceLocation("a.yaml", 2))]);

        Reporter(first).Complete(report);
        Reporter(second).Complete(report);

        Assert.Equal(File.ReadAllText(first.PathOf("hooksync-codequality.json")), File.ReadAllText(second.PathOf("hooksync-codequality.json")));
    }

    [Fact]
    public void OnEvent_Phases_SectionsBalancedFlatAndTimestamped()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);
        var reporter = Reporter(run);
        var start = run.Time.GetUtcNow().ToUnixTimeSeconds();

        reporter.OnEvent(new PhaseStarted(S(0), SyncPhase.PreSync));
        run.Time.Advance(TimeSpan.FromSeconds(5));
        reporter.OnEvent(new PhaseCompleted(S(5), SyncPhase.PreSync, PhaseResult.Succeeded));
        reporter.OnEvent(new PhaseStarted(S(5), SyncPhase.Sync));
        run.Time.Advance(TimeSpan.FromSeconds(3));
        reporter.OnEvent(new PhaseStarted(S(8), SyncPhase.SyncFail));
        reporter.Complete(Reports.Succeeded([]));

        var markers = run.StdoutLines.Select(l => SectionPattern().Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(
            [
                ("start", start, "hooksync_presync"), ("end", start + 5, "hooksync_presync"),
                ("start", start + 5, "hooksync_sync"), ("end", start + 8, "hooksync_sync"),
                ("start", start + 8, "hooksync_syncfail"), ("end", start + 8, "hooksync_syncfail"),
            ],
            markers.Select(m => (m.Groups[1].Value, long.Parse(m.Groups[2].Value), m.Groups[3].Value)));
        Assert.Contains("\u001b[0Ksection_start:" + start + ":hooksync_presync[collapsed=false]\r\u001b[0KPreSync phase", run.StdoutLines);
        Assert.Contains("\u001b[0Ksection_end:" + (start + 5) + ":hooksync_presync\r\u001b[0K", run.StdoutLines);
    }

    [Fact]
    public void Complete_NoProjectDir_WritesFilesOnlyWhereTold()
    {
        using var run = new ReporterRun(dir => new Dictionary<string, string> { ["GITLAB_CI"] = "true", ["CI_PROJECT_DIR"] = Path.Combine(dir, "missing", "deeper") });

        Reporter(run).Complete(Reports.Succeeded([]));

        Assert.Contains(run.StdoutLines, l => l.StartsWith("notice: could not write", StringComparison.Ordinal));
        Assert.StartsWith("Result: Succeeded", run.StdoutLines.First(l => l.StartsWith("Result:", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [GeneratedRegex("^\u001b\\[0Ksection_(start|end):([0-9]+):([a-z0-9_.-]+)")]
    private static partial Regex SectionPattern();
}
