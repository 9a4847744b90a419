using HookSync.Cli.Commands;
using HookSync.Cli.Options;

namespace HookSync.Cli.Tests;

/// <summary>Every option documented as repeatable keeps every value, in both spellings, without swallowing PATHs.</summary>
public sealed class RepeatableOptionsTests
{
    [Theory]
    [InlineData("plan --include a.yaml --include b.yaml examples/webapp")]
    [InlineData("plan --include=a.yaml --include=b.yaml examples/webapp")]
    [InlineData("plan examples/webapp --include a.yaml --include=b.yaml")]
    public void Extract_IncludeGivenTwice_KeepsBothAndThePath(string line)
    {
        var (rest, values) = RepeatableOptions.Extract(line.Split(' '));

        Assert.Equal(["a.yaml", "b.yaml"], values["include"]);
        Assert.Equal(["plan", "examples/webapp"], rest);
    }

    [Fact]
    public void Extract_SimulateFailForPlan_LeftForTheParserToReject()
    {
        var (rest, values) = RepeatableOptions.Extract(["plan", "--simulate-fail", "Job/x"]);

        Assert.Equal(["plan", "--simulate-fail", "Job/x"], rest);
        Assert.Empty(values["simulate-fail"]);
    }

    [Fact]
    public void Extract_AfterDoubleDash_EverythingIsAPath()
    {
        var (rest, values) = RepeatableOptions.Extract(["sync", "--exclude=x", "--", "--include"]);

        Assert.Equal(["x"], values["exclude"]);
        Assert.Equal(["sync", "--", "--include"], rest);
    }

    [Fact]
    public void Extract_MissingValue_IsAUsageErrorNamingTheOption()
    {
        var error = Assert.Throws<UsageException>(() => RepeatableOptions.Extract(["sync", "--simulate-fail", "--simulate"]));

        Assert.Contains("--simulate-fail needs a value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_TwoExcludes_BothApply()
    {
        var app = new AppFixture();

        var result = await app.RunAsync("plan", "examples/webapp", "--exclude", "examples/webapp/40-*.yaml", "--exclude=examples/webapp/50-*.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("30-warm-cache.yaml", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("40-smoke-test.yaml", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("50-notify-failure.yaml", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncSimulate_TwoSimulateFails_BothTaken()
    {
        var app = new AppFixture { UseSystemTime = true };
        var report = Path.Combine(Path.GetTempPath(), $"hooksync-repeatable-{Guid.NewGuid():N}.json");
        try
        {
            // The PreSync migration fails; the second pattern names the SyncFail hook, so SyncFail must fail too.
            var result = await app.RunAsync("sync", "--simulate", "examples/webapp", "--report", report,
                "--simulate-fail", "Job/webapp-migrate-", "--simulate-fail=Job/webapp-notify-failure-");

            Assert.True(result.ExitCode == 10, result.Out + result.Error);
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(report))!;
            Assert.Equal("Failed", (string?)json["phases"]!["PreSync"]);
            Assert.Equal("Failed", (string?)json["phases"]!["SyncFail"]);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
