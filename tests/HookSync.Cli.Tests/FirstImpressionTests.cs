using HookSync.Cli.Options;

namespace HookSync.Cli.Tests;

/// <summary>What a new user types first: the version, and a typo.</summary>
public sealed class FirstImpressionTests
{
    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    [InlineData("version")]
    public async Task Version_AnySpelling_PrintsItAndExitsZero(string argument)
    {
        var result = await new AppFixture().RunAsync(argument);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("hooksync ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_AnsweredInTwoLinesWithTheClosestOption()
    {
        var result = await new AppFixture().RunAsync("sync", "--dryrun", "examples/webapp");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 3, result.Error);
        Assert.Equal("error: sync has no option '--dryrun'; did you mean '--dry-run'?", lines[0]);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task UnknownVerb_AnsweredWithTheClosestVerb()
    {
        var result = await new AppFixture().RunAsync("synk", "examples/webapp");

        Assert.Equal(2, result.ExitCode);
        Assert.True(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 3, result.Error);
        Assert.Contains("'synk' is not a hooksync verb; did you mean 'sync'?", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tiemout", "--timeout")]
    [InlineData("--namepsace", "--namespace")]
    [InlineData("--no-wiat", "--no-wait")]
    [InlineData("--frobnicate", null)]
    public void Closest_TypoOfAnOption_FoundElseNothing(string typed, string? expected) =>
        Assert.Equal(expected, Suggestion.Closest(typed, OptionNames.Of(typeof(SyncVerbOptions))));

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Plan_SameInputAtDifferentTimes_IsByteIdentical(string format)
    {
        var app = new AppFixture();
        var first = await app.RunAsync("plan", "examples/webapp", "--revision", "3f2a1b7c9d", "--format", format);
        app.Time.Advance(TimeSpan.FromHours(5) + TimeSpan.FromSeconds(7));

        var second = await app.RunAsync("plan", "examples/webapp", "--revision", "3f2a1b7c9d", "--format", format);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Contains("webapp-migrate-3f2a1b7-presync-{unix-time}", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(AppFixture.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanStrict_HelmsPreInstallPreUpgradeHook_PassesWithANotice()
    {
        using var workspace = new HookSync.Testing.TempWorkspace();
        workspace.Write("deploy/migrate.yaml", """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              annotations:
                helm.sh/hook: pre-install,pre-upgrade
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: main, image: busybox}]
            """);

        var result = await new AppFixture().RunAsync("plan", "deploy", "--strict", "--workspace", workspace.Root, "--revision", "abc1234");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("notice HS4002", result.Out, StringComparison.Ordinal);
    }
}
