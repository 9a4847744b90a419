using HookSync.CiPlatforms.Review;
using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Tests.Review;

/// <summary>The comment's Markdown: marker per app, verdict, plan table, diff, and hostile text made inert.</summary>
public sealed class ReviewCommentBodyTests
{
    private static SyncReport Plan(params Diagnostic[] diagnostics)
    {
        var hook = Tasks.Hook(SyncPhase.PreSync, "migrate-<img src=x>-@admins", line: 4);
        var report = PlanReports.From(Reports.Plan(hook, Tasks.Resource("Deployment", "web", line: 9)) with { Diagnostics = diagnostics });
        return report with { ExitCode = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? 3 : 0 };
    }

    [Fact]
    public void Render_ValidPlan_StartsWithTheMarkerAndTheVerdict()
    {
        var body = ReviewCommentBody.Render("webapp", Plan(), diff: null, s => s);

        var lines = body.Split('\n');
        Assert.Equal("<!-- hooksync-review app=webapp -->", lines[0]);
        Assert.Equal("### HookSync plan for webapp", lines[1]);
        Assert.StartsWith("✅ **Plan valid**: 2 tasks planned · revision 3f2a1b7 · exit code 0 · 0 errors, 0 warnings", lines[3], StringComparison.Ordinal);
        Assert.Contains("| Sync | 0 | Deployment/web | default |  | deploy/app.yaml:9 |", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvalidPlan_SaysItHasErrorsAndListsThem()
    {
        var body = ReviewCommentBody.Render("webapp", Plan(Diagnostic.Error("HS1001", "bad YAML", new SourceLocation("deploy/a.yaml", 3))), null, s => s);

        Assert.Contains("❌ **Plan has errors**", body, StringComparison.Ordinal);
        Assert.Contains("| error | HS1001 | deploy/a.yaml:3 | bad YAML |", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileNames_NoTagNoMentionNoMarkerBreak()
    {
        var body = ReviewCommentBody.Render("app --> <b>x</b> @org/team", Plan(), null, s => s);

        Assert.DoesNotContain("<img", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@admins", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@org", body, StringComparison.Ordinal);
        // The marker is one HTML comment that no app name can close early.
        Assert.Equal(1, body.Split("-->").Length - 1);
        Assert.NotEqual(ReviewCommentBody.Marker("app"), ReviewCommentBody.Marker("app2"));
    }

    [Fact]
    public void Render_Diff_InAFenceNoLineCanClose()
    {
        var body = ReviewCommentBody.Render("webapp", Plan(), "+ a\n```\n@here <script>\n- b\n", s => s);

        Assert.Contains("````diff\n+ a\n```\n@here <script>\n- b\n````", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SecretsAreRedactedAndTheBodyIsBounded()
    {
        var diff = string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"+ line {i} hunter2-secret"));

        var body = ReviewCommentBody.Render("webapp", Plan(), diff, s => s.Replace("hunter2-secret", "***", StringComparison.Ordinal));

        Assert.DoesNotContain("hunter2-secret", body, StringComparison.Ordinal);
        Assert.True(body.Length <= ReviewCommentBody.MaxCharacters, body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("more lines", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameInput_SameBytes() =>
        Assert.Equal(ReviewCommentBody.Render("webapp", Plan(), "+a", s => s), ReviewCommentBody.Render("webapp", Plan(), "+a", s => s));
}
