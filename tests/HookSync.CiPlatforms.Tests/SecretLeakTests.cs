using System.Text;
using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnostics;
using HookSync.Core.Execution;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Tests;

public sealed class SecretLeakTests
{
    private const string Token = "tok_9f8e7d6c5b4a3210";
    private const string GitToken = "ghp_secretGitToken1234";

    /// <summary>Drives a whole failing run in which the token appears in every field a reporter prints.</summary>
    private static void RunWithSecretsEverywhere(ReporterRun run, ICiPlatform platform)
    {
        var hook = Tasks.Hook(SyncPhase.PreSync, "migrate-" + Token, file: $"deploy/{Token}/hooks.yaml", line: 2);
        var reporter = platform.CreateReporter(run.Context);
        reporter.Begin(new RunInfo("sync", "rev-" + GitToken, $"https://user:{Token}@kube.example", DryRun: false));
        var diagnostic = Diagnostic.Warning("HS2001", $"value {Token} ignored", new SourceLocation($"deploy/{Token}.yaml", 1));
        reporter.ReportDiagnostics([diagnostic]);
        reporter.ReportPlan(Reports.Plan(hook));
        reporter.OnEvent(new PhaseStarted(TimeSpan.Zero, SyncPhase.PreSync));
        reporter.OnEvent(new TaskApplied(TimeSpan.FromSeconds(1), hook, TaskAction.Created, false));
        reporter.OnEvent(new HookLogLine(TimeSpan.FromSeconds(2), hook, "pod", $"Authorization: Bearer {Token}; git {GitToken}"));
        reporter.OnEvent(new TaskStateChanged(TimeSpan.FromSeconds(3), hook, OperationPhase.Failed, $"login failed with {Token}"));
        reporter.OnEvent(new Waiting(TimeSpan.FromSeconds(3), $"waiting for {Token}"));
        reporter.OnEvent(new SyncNote(TimeSpan.FromSeconds(3), $"note {GitToken}"));
        reporter.OnEvent(new PhaseCompleted(TimeSpan.FromSeconds(4), SyncPhase.PreSync, PhaseResult.Failed));
        var row = Tasks.Row(hook, OperationPhase.Failed, $"login failed with {Token}", log: [$"echo {Token}", $"git {GitToken}"]);
        reporter.Complete(Reports.Failed(SyncPhase.PreSync, [row], $"PreSync failed: {Token}", [diagnostic]) with { Revision = "rev-" + GitToken });
    }

    private static void AssertNoSecret(string channel, string text)
    {
        Assert.False(text.Contains(Token, StringComparison.Ordinal), $"{channel} contains the token:\n{text}");
        Assert.False(text.Contains(GitToken, StringComparison.Ordinal), $"{channel} contains the git token:\n{text}");
        Assert.False(text.Contains("9f8e7d6c5b4a3210", StringComparison.Ordinal), $"{channel} contains part of the token");
    }

    [Fact]
    public void GitHub_SecretInEveryField_OnlyAddMaskLinesCarryIt()
    {
        using var run = new ReporterRun(ReporterRun.GitHub, false, Token, GitToken);

        RunWithSecretsEverywhere(run, new GitHubActions());

        var lines = run.StdoutLines;
        // The redactor lists secrets longest first; the order of masks does not matter, only that they come first.
        Assert.Equal(["::add-mask::" + GitToken, "::add-mask::" + Token], lines.Take(2).Order(StringComparer.Ordinal));
        AssertNoSecret("stdout", string.Join("\n", lines.Skip(2)));
        AssertNoSecret("stderr", run.Stderr);
        AssertNoSecret("GITHUB_OUTPUT", File.ReadAllText(run.PathOf("output")));
        AssertNoSecret("GITHUB_STEP_SUMMARY", File.ReadAllText(run.PathOf("summary.md")));
        Assert.Contains("login failed with ***", File.ReadAllText(run.PathOf("summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void GitLab_SecretInEveryField_NoChannelCarriesIt()
    {
        using var run = new ReporterRun(ReporterRun.GitLab, false, Token, GitToken);

        RunWithSecretsEverywhere(run, new GitLabCi());

        AssertNoSecret("stdout", run.Stdout);
        AssertNoSecret("stderr", run.Stderr);
        AssertNoSecret("dotenv", File.ReadAllText(run.PathOf("hooksync.env")));
        AssertNoSecret("JUnit", File.ReadAllText(run.PathOf("hooksync-junit.xml")));
        AssertNoSecret("code quality", File.ReadAllText(run.PathOf("hooksync-codequality.json"), Encoding.UTF8));
        Assert.Contains("login failed with ***", File.ReadAllText(run.PathOf("hooksync-junit.xml")), StringComparison.Ordinal);
        Assert.Contains("***", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_SecretInEveryField_NoChannelCarriesIt()
    {
        using var run = new ReporterRun(null, true, Token, GitToken);

        RunWithSecretsEverywhere(run, new LocalConsole());

        AssertNoSecret("stdout", run.Stdout);
        AssertNoSecret("stderr", run.Stderr);
        Assert.Contains("PreSync failed: ***", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_SecretWithCommandCharacters_RedactedBeforeEscaping()
    {
        const string odd = "p%ss:w,rd\u00e9x";
        using var run = new ReporterRun(ReporterRun.GitHub, false, odd);
        var reporter = new GitHubActions().CreateReporter(run.Context);

        reporter.Begin(new RunInfo("sync", "abc", "cluster", false));
        reporter.ReportDiagnostics([Diagnostic.Error("HS1001", $"bad {odd}", new SourceLocation($"x/{odd}.yaml", 1))]);

        var lines = run.StdoutLines;
        Assert.Equal("::add-mask::p%25ss:w,rd\u00e9x", lines[0]);
        Assert.Equal("::error file=x/***.yaml,line=1,title=HS1001::bad ***", lines[^1]);
    }
}
