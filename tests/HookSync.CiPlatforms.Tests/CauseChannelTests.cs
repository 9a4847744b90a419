using System.Xml.Linq;
using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnosis;
using HookSync.Core.Hooks;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;
using HookSync.Testing;

namespace HookSync.CiPlatforms.Tests;

/// <summary>
/// A failed task's cause reaches every channel — console, GitHub step summary, annotation and outputs, GitLab JUnit and
/// dotenv — with its message and hint, escaped for the channel (server text is hostile: Markdown, HTML, XML, commands).
/// </summary>
public sealed class CauseChannelTests
{
    private const string Message = "container \"web\" of Pod/web-5d4f-x2x9z cannot pull image \"ghcr.io/acme/web:1.4.3\" (ImagePullBackOff): not found <b>|x|</b>";
    private const string Hint = "check the tag or the pull secret";

    private static SyncReport Failure()
    {
        var web = Tasks.Resource("Deployment", "web", file: "deploy/app.yaml", line: 7);
        var cause = new FailureCause(CauseCodes.ImagePullBackOff, Message, Hint,
            [new CauseEvent(new DateTimeOffset(2026, 11, 25, 12, 0, 3, TimeSpan.Zero), "Warning", "Failed", "Error: ImagePullBackOff", "Pod/web-5d4f-x2x9z")],
            "Pod/web-5d4f-x2x9z");
        var row = Tasks.Row(web, OperationPhase.Failed, "Deployment \"web\" exceeded its progress deadline", order: 1) with { Cause = cause };
        return Reports.Failed(SyncPhase.Sync, [row]);
    }

    [Fact]
    public void HtmlReport_ShowsCauseHintAndEventsEscaped()
    {
        var html = Common.HtmlReport.Render(Failure(), t => t, _ => null);

        Assert.Contains("<tr><th>Cause</th><td>ImagePullBackOff: container &quot;web&quot; of Pod/web-5d4f-x2x9z", html);
        Assert.Contains("not found &lt;b&gt;|x|&lt;/b&gt;</td></tr>", html);
        Assert.Contains($"<tr><th>Hint</th><td>{Hint}</td></tr>", html);
        Assert.Contains("<tr><th>Event</th><td>Warning Failed Pod/web-5d4f-x2x9z: Error: ImagePullBackOff</td></tr>", html);
    }

    [Fact]
    public void Console_ShowsCauseHintAndEvents()
    {
        using var run = new ReporterRun();

        new LocalConsole().CreateReporter(run.Context).Complete(Failure());

        Assert.Contains($"    cause: ImagePullBackOff: {Message}", run.StdoutLines);
        Assert.Contains($"    hint: {Hint}", run.StdoutLines);
        Assert.Contains("    event: Warning Failed Pod/web-5d4f-x2x9z: Error: ImagePullBackOff", run.StdoutLines);
    }

    [Fact]
    public void GitHubSummary_ShowsCauseEscaped()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);

        new GitHubActions().CreateReporter(run.Context).Complete(Failure());

        var summary = File.ReadAllText(run.PathOf("summary.md"));
        Assert.Contains("**Cause** `ImagePullBackOff`: container \"web\"", summary, StringComparison.Ordinal);
        Assert.Contains($"**Hint:** {Hint}", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", summary, StringComparison.Ordinal);
        Assert.Contains("| Warning | Failed | Pod/web-5d4f-x2x9z | Error: ImagePullBackOff |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHubAnnotation_AtTheManifestLine_CarriesCauseAndHint()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);

        new GitHubActions().CreateReporter(run.Context).Complete(Failure());

        var annotation = Assert.Single(run.StdoutLines, l => l.StartsWith("::error file=deploy/app.yaml,line=7,", StringComparison.Ordinal));
        Assert.Contains("title=Sync Deployment/web Failed%3A ImagePullBackOff::", annotation, StringComparison.Ordinal);
        Assert.Contains("%0Acause: container \"web\"", annotation, StringComparison.Ordinal);
        Assert.Contains($"%0Ahint: {Hint}", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHubOutputs_CauseIsTheFirstCauseOnOneLine()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);

        new GitHubActions().CreateReporter(run.Context).Complete(Failure());

        var outputs = GitHubOutputFile.Parse(run.PathOf("output"));
        Assert.Equal($"ImagePullBackOff: {Message}", outputs["cause"]);
    }

    [Fact]
    public void GitLabJUnit_FailureTextHasCauseHintAndEvents()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);

        new GitLabCi().CreateReporter(run.Context).Complete(Failure());

        var failure = XDocument.Load(run.PathOf("hooksync-junit.xml")).Descendants("failure").Single().Value;
        Assert.Contains($"cause: ImagePullBackOff: {Message}", failure, StringComparison.Ordinal);
        Assert.Contains($"hint: {Hint}", failure, StringComparison.Ordinal);
        Assert.Contains("event: Warning Failed Pod/web-5d4f-x2x9z: Error: ImagePullBackOff", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void GitLabDotenv_HookSyncCauseIsOneCleanValue()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);

        new GitLabCi().CreateReporter(run.Context).Complete(Failure());

        var cause = DotenvFile.Parse(run.PathOf("hooksync.env"))["HOOKSYNC_CAUSE"];
        Assert.StartsWith("ImagePullBackOff:_container__web__of_Pod/web-5d4f-x2x9z_cannot_pull_image", cause, StringComparison.Ordinal);
        Assert.DoesNotContain(' ', cause);
        Assert.DoesNotContain('"', cause);
    }
}
