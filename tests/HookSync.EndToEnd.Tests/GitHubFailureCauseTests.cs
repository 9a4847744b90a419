using System.Text.Json;
using HookSync.EndToEnd.Tests.Infrastructure;
using HookSync.Testing;

namespace HookSync.EndToEnd.Tests;

/// <summary>The published binary on GitHub Actions, a Deployment that cannot pull its image: the cause reaches every channel (README "When a deploy fails").</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class GitHubFailureCauseTests(PublishedBinary binary)
{
    [Fact]
    public async Task Sync_ImagePullBackOff_CauseInConsoleSummaryAnnotationOutputsAndReport()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.SyncAsync("deploy", "--simulate-fail", "Deployment/webapp=ImagePullBackOff");

        Assert.True(run.ExitCode == 11, run.ToString());
        const string Hint = "check the tag or the pull secret";
        Assert.Contains("cause: ImagePullBackOff: container \"web\" of Pod/webapp-", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("hint: " + Hint, run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("::error file=deploy/20-app.yaml,line=1,title=Sync Deployment/webapp Failed%3A ImagePullBackOff::", run.StandardOutput, StringComparison.Ordinal);
        var summary = File.ReadAllText(ci.SummaryPath);
        Assert.Contains("**Cause** `ImagePullBackOff`: container \"web\"", summary, StringComparison.Ordinal);
        Assert.Contains("**Hint:** " + Hint, summary, StringComparison.Ordinal);
        var outputs = GitHubOutputFile.Parse(ci.OutputPath);
        Assert.StartsWith("ImagePullBackOff: container \"web\" of Pod/webapp-", outputs["cause"], StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(ci.GitHubReportPath));
        var cause = report.RootElement.GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "webapp" && t.GetProperty("kind").GetString() == "Deployment").GetProperty("cause");
        Assert.Equal("ImagePullBackOff", cause.GetProperty("code").GetString());
        Assert.StartsWith(Hint, cause.GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.Contains(cause.GetProperty("events").EnumerateArray(), e => e.GetProperty("reason").GetString() == "BackOff");
    }
}
