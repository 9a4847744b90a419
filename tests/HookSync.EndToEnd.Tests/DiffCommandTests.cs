using HookSync.EndToEnd.Tests.Infrastructure;

namespace HookSync.EndToEnd.Tests;

/// <summary><c>hooksync diff</c> as the published binary in a GitHub job: the kubectl diff exit code, the log, the step summary, no Secret value.</summary>
[Collection(PublishedBinaryCollection.Name)]
[Trait("Category", "Slow")]
public sealed class DiffCommandTests(PublishedBinary binary)
{
    [Fact]
    public async Task DiffSimulate_GitHub_Exit1_LogAndStepSummaryShowCreates_NoSecretValue()
    {
        using var ci = CiWorkspace.GitHub(binary);
        ci.CopyExample("webapp");

        var run = await ci.Runner.RunAsync("diff", "--simulate", "--revision", CiWorkspace.Revision, "deploy");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Diff: 4 to create, 0 to update, 0 unchanged, 0 to prune; 4 hooks will run", run.StandardOutput, StringComparison.Ordinal);
        var summary = await File.ReadAllTextAsync(ci.SummaryPath);
        Assert.StartsWith("# HookSync diff", summary, StringComparison.Ordinal);
        Assert.Equal(4, summary.Split("<details>").Length - 1);
        // examples/webapp's Secret holds DATABASE_PASSWORD "change-me-in-a-real-secret-store" in stringData.
        Assert.DoesNotContain("change-me", run.StandardOutput + run.StandardError + summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffHelp_ShowsExamplesAndExits0()
    {
        var run = await new BinaryRunner(binary).RunAsync("diff", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("hooksync diff --simulate examples/webapp", run.StandardOutput, StringComparison.Ordinal);
    }
}
