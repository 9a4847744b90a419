using HookSync.CiPlatforms.Tests.Kit;
using HookSync.Core.Diagnostics;
using HookSync.Core.Hooks;
using HookSync.Core.Model;
using HookSync.Core.Reporting;

namespace HookSync.CiPlatforms.Tests;

/// <summary>The step summary's timeline and its links to the source at the revision.</summary>
public sealed class GitHubSummaryTimelineTests
{
    private static string Summary(SyncReport report)
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        new GitHubActions().CreateReporter(run.Context).Complete(report);
        return File.ReadAllText(run.PathOf("summary.md"));
    }

    private static SyncReport Failing() => Reports.Failed(SyncPhase.PreSync,
        [Tasks.Row(Tasks.Hook(SyncPhase.PreSync, "migrate", file: "deploy/hooks.yaml", line: 12), OperationPhase.Failed, "boom")],
        diagnostics: [Diagnostic.Notice("HS4003", "ttl", new SourceLocation("deploy/hooks.yaml", 14))]);

    [Fact]
    public void Final_Run_HasAMermaidGanttAfterThePhases()
    {
        var summary = Summary(Failing());

        var phases = summary.IndexOf("## Phases", StringComparison.Ordinal);
        var timeline = summary.IndexOf("## Timeline\n\n```mermaid\ngantt\n", StringComparison.Ordinal);
        Assert.True(timeline > phases && phases >= 0, summary);
        Assert.Contains("    Failed Job/migrate 1.5s :crit, ", summary);
    }

    [Fact]
    public void Final_EveryFileLine_LinksToTheShaAndLine()
    {
        var summary = Summary(Failing());

        var task = $"[deploy/hooks.yaml:12](https://github.com/acme/shop/blob/{Reports.Revision}/deploy/hooks.yaml#L12)";
        Assert.Contains($"| 1.5s | {task} |", summary);
        Assert.Contains($"boom ({task})", summary);
        Assert.Contains($"| [deploy/hooks.yaml:14](https://github.com/acme/shop/blob/{Reports.Revision}/deploy/hooks.yaml#L14) | ttl |", summary);
    }

    [Fact]
    public void Final_NoServerUrl_PlainLocations()
    {
        using var run = new ReporterRun(ReporterRun.GitHub);
        run.Variables.Remove("GITHUB_SERVER_URL");
        new GitHubActions().CreateReporter(run.Context).Complete(Failing());

        var summary = File.ReadAllText(run.PathOf("summary.md"));
        Assert.Contains("| 1.5s | deploy/hooks.yaml:12 |", summary);
        Assert.DoesNotContain("/blob/", summary);
    }
}
