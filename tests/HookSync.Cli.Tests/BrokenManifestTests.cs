using HookSync.Testing;

namespace HookSync.Cli.Tests;

/// <summary>Every manifest of the broken corpus, through the whole CLI: exit 3, the file and line, never a stack trace.</summary>
public sealed class BrokenManifestTests
{
    public static IEnumerable<object[]> Cases() => BrokenCorpus.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Plan_BrokenManifest_ExitsThreeNamingFileAndLine(BrokenCase broken)
    {
        var result = await new AppFixture().RunAsync("plan", broken.Name, "--workspace", BrokenCorpus.Directory, "--revision", "abc1234");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"{broken.File}:{broken.Line}: error {broken.Code}: ", result.Out);
        Assert.Contains(broken.MessageFragment, result.Out);
        Assert.DoesNotContain("   at ", result.Out + result.Error);
        Assert.DoesNotContain("Exception", result.Out + result.Error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PlanJson_BrokenManifest_ReportsTheErrorWithItsLine(BrokenCase broken)
    {
        var result = await new AppFixture().RunAsync("plan", broken.Name, "--workspace", BrokenCorpus.Directory, "--revision", "abc1234", "--format", "json");

        Assert.Equal(3, result.ExitCode);
        var report = System.Text.Json.Nodes.JsonNode.Parse(result.Out)!;
        Assert.Contains(report["diagnostics"]!.AsArray(), d =>
            (string?)d!["code"] == broken.Code && (string?)d["file"] == broken.File && (int?)d["line"] == broken.Line);
    }
}
