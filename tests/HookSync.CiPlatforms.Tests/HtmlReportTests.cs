using System.Text.RegularExpressions;
using HookSync.CiPlatforms.Common;
using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Ports;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Tests;

/// <summary>hooksync-report.html: self-contained, escaped everywhere, redacted, linked to the source at the revision.</summary>
public sealed partial class HtmlReportTests
{
    private static SyncReport Failing(string name = "smoke", string message = "Job has reached the specified backoff limit") => Reports.Failed(SyncPhase.PostSync,
        [
            Tasks.Row(Tasks.Hook(SyncPhase.PreSync, "migrate", file: "deploy/hooks.yaml", line: 3), OperationPhase.Succeeded),
            Tasks.Row(Tasks.Hook(SyncPhase.PostSync, "smoke", file: "deploy/smoke.yaml", line: 9), OperationPhase.Failed, message,
                log: ["starting", "error: <boom> & done"], startedAt: Reports.Start.AddSeconds(2)) with { Name = name },
        ],
        diagnostics: [Diagnostic.Warning("HS4003", "ttlSecondsAfterFinished is 0", new SourceLocation("deploy/hooks.yaml", 4))]);

    private static string Link(SourceLocation s) => $"https://git.example/blob/{Reports.Revision}/{s.File}#L{s.Line}";

    [Fact]
    public void Render_IsSelfContained()
    {
        var html = HtmlReport.Render(Failing(), t => t, Link);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(SourceAttribute(), html);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShowsTimelineTasksFailureAndDiagnostics()
    {
        var html = HtmlReport.Render(Failing(), t => t, Link);

        Assert.Contains("<h2>Timeline</h2>", html);
        Assert.Equal(2, Regex.Count(html, "<rect "));
        Assert.Contains("<td>Job/migrate</td>", html);
        Assert.Contains("<tr><th>Message</th><td>Job has reached the specified backoff limit</td></tr>", html);
        Assert.Contains("<pre>starting\nerror: &lt;boom&gt; &amp; done</pre>", html);
        Assert.Contains("<td>HS4003</td>", html);
    }

    [Fact]
    public void Render_EveryFileLineLinksToTheRevisionAndLine()
    {
        var html = HtmlReport.Render(Failing(), t => t, Link);

        Assert.Contains($"<a href=\"https://git.example/blob/{Reports.Revision}/deploy/hooks.yaml#L3\">deploy/hooks.yaml:3</a>", html);
        Assert.Contains($"<a href=\"https://git.example/blob/{Reports.Revision}/deploy/smoke.yaml#L9\">deploy/smoke.yaml:9</a>", html);
        Assert.Contains($"<a href=\"https://git.example/blob/{Reports.Revision}/deploy/hooks.yaml#L4\">deploy/hooks.yaml:4</a>", html);
    }

    [Fact]
    public void Render_HostileNameAndMessage_AreEscaped()
    {
        var html = HtmlReport.Render(Failing("x\"><script>alert(1)</script>", "<img src=x onerror=alert(1)> & \"q\" 'a'"), t => t, Link);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;", html);
    }

    [Fact]
    public void Render_Secrets_AreRedactedBeforeEscaping()
    {
        var redactor = new Core.Security.SecretRedactor();
        redactor.Register("hunter2-secret");

        var html = HtmlReport.Render(Failing(message: "password hunter2-secret refused"), redactor.Redact, Link);

        Assert.DoesNotContain("hunter2-secret", html, StringComparison.Ordinal);
        Assert.Contains("password *** refused", html);
    }

    [Fact]
    public void GitLabReporter_WritesTheHtmlNextToTheJsonReportWithGitLabLinks()
    {
        using var run = new ReporterRun(ReporterRun.GitLab);
        run.Variables["CI_PROJECT_URL"] = "https://gitlab.example.com/acme/shop";
        run.UseReportPath(run.PathOf("hooksync-report.json"));

        new GitLabCi().CreateReporter(run.Context).Complete(Failing());

        var html = File.ReadAllText(run.PathOf("hooksync-report.html"));
        Assert.Contains($"href=\"https://gitlab.example.com/acme/shop/-/blob/{Reports.Revision}/deploy/smoke.yaml#L9\"", html);
    }

    [Fact]
    public void ConsoleReporter_NoJsonReport_WritesNoHtml()
    {
        using var run = new ReporterRun();

        new LocalConsole().CreateReporter(run.Context).Complete(Failing());

        Assert.Empty(Directory.GetFiles(run.Directory, "*.html"));
    }

    [GeneratedRegex("\\s(src|srcset|action|poster|data)\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();
}
