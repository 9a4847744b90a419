using System.Text.Json.Nodes;
using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary>
/// The published binary on GitHub Actions: the permissions preflight, the failure artifacts, the summary's timeline and links,
/// and the HTML report (README "Permissions preflight", "Failure artifacts"; docs/ci.md).
/// </summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class FailureDiagnosisTests(PublishedBinary binary)
{
    [Fact]
    public async Task Sync_IdentityLackingDeleteJobs_ExitsFourWithOneErrorAndAppliesNothing()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-deny", "delete:jobs");

        Assert.True(run.ExitCode == 4, run.ToString());
        var annotation = Assert.Single(run.OutputLines, l => l.StartsWith("::error", StringComparison.Ordinal) && l.Contains("HS8050", StringComparison.Ordinal));
        Assert.Contains("lacks 1 permission this sync needs: delete jobs.batch in namespace \"default\"", annotation, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(ci.GitHubReportPath))!;
        Assert.Equal("Error", (string?)report["result"]);
        Assert.All(report["tasks"]!.AsArray(), t => Assert.Null(t!["order"]));
        Assert.Matches("(?m)^result<<(?<d>\\S+)\nError\n", File.ReadAllText(ci.OutputPath));
    }

    [Fact]
    public async Task Sync_FailedHook_SummaryTimelineAndLinksHtmlReportAndArtifacts()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.Runner.Environment["GITHUB_SERVER_URL"] = "https://github.com";
        ci.Runner.Environment["GITHUB_REPOSITORY"] = "acme/webapp";
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Job/webapp-smoke-test-");

        Assert.True(run.ExitCode == 12, run.ToString());
        var summary = File.ReadAllText(ci.SummaryPath);
        Assert.Contains("## Timeline\n\n```mermaid\ngantt\n", summary, StringComparison.Ordinal);
        Assert.Matches(@"\n    Failed Job/webapp-smoke-test-0123456-postsync-\d+ \d+\.\ds :crit, \d+, \d+\n", summary);
        var link = $"(https://github.com/acme/webapp/blob/{CiWorkspace.Revision}/deploy/40-smoke-test.yaml#L2)";
        Assert.Contains($"[deploy/40-smoke-test.yaml:2]{link}", summary, StringComparison.Ordinal);

        var html = File.ReadAllText(ci.GitHubHtmlReportPath);
        Assert.Contains($"href=\"https://github.com/acme/webapp/blob/{CiWorkspace.Revision}/deploy/40-smoke-test.yaml#L2\"", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);

        var task = Assert.Single(Directory.GetDirectories(ci.GitHubArtifactsDirectory));
        Assert.Contains("kind: Job", File.ReadAllText(Path.Combine(task, "object.yaml")), StringComparison.Ordinal);
        Assert.Contains("exit status 1", File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(task, "logs")))), StringComparison.Ordinal);
    }
}
